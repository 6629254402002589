import { useEffect, useRef } from 'react';
import { useApp, useAppState, useT } from './context';

/** Several features under one click: list them and let the user pick, never pick one for them. */
export function MapChooser() {
  const t = useT();
  const { store } = useApp();
  const choices = useAppState((s) => s.choices);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!choices) return;
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      store.getState().closeChoices();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [choices, store]);
  if (!choices) return null;
  return (
    <div
      className="map-chooser"
      role="dialog"
      aria-label={t('chooser.title', { n: choices.items.length })}
      data-testid="map-chooser"
      style={{ left: choices.x + 8, top: choices.y + 8 }}
    >
      <p className="chooser-title">{t('chooser.title', { n: choices.items.length })}</p>
      <ul>
        {choices.items.map((c, i) => (
          <li key={`${c.source}/${c.id}`}>
            <button
              type="button"
              ref={i === 0 ? first : undefined}
              data-testid="chooser-item"
              data-source={c.source}
              data-id={c.id}
              onClick={() => store.getState().select({ source: c.source, id: c.id })}
            >
              <span className="chooser-name">{c.name}</span>
              <span className="chooser-kind">{t(`layer.${c.source}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="close"
        aria-label={t('panel.close')}
        onClick={() => store.getState().closeChoices()}
      >
        ×
      </button>
    </div>
  );
}
