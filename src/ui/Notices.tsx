import { downloadStoryFile } from '../io/storyStorage';
import type { NoticeAction } from '../state/uiSlice';
import { useApp, useAppState, useT } from './context';

/** Dismissible messages (bad URL parameters, import errors…), rendered as text only. */
export function Notices() {
  const { store } = useApp();
  const notices = useAppState((s) => s.notices);
  const t = useT();
  if (notices.length === 0) return null;
  const run = (action: NoticeAction) => {
    if (action === 'reload') window.location.reload();
    else downloadStoryFile(store.getState().customStory);
  };
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.level}`} data-testid="notice" data-notice-key={n.key}>
          <span>{n.text}</span>
          {n.action && (
            <button
              type="button"
              className="notice-action"
              data-testid={`notice-${n.action}`}
              onClick={() => run(n.action!)}
            >
              {t(`notice.action.${n.action}`)}
            </button>
          )}
          <button
            type="button"
            aria-label={t('notice.dismiss')}
            onClick={() => store.getState().dismissNotice(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
