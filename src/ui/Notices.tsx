import { useApp, useAppState, useT } from './context';

/** Dismissible messages (bad URL parameters, import errors…), rendered as text only. */
export function Notices() {
  const { store } = useApp();
  const notices = useAppState((s) => s.notices);
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.level}`} data-testid="notice">
          <span>{n.text}</span>
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
