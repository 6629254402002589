import type { ToolMode } from '../../state/toolsSlice';
import { useApp, useAppState } from '../context';

/** A toggle for one tool: pressing the active tool again turns it off. */
export function ToolButton({ mode, label }: { mode: ToolMode; label: string }) {
  const { store } = useApp();
  const active = useAppState((s) => s.toolMode === mode);
  return (
    <button
      type="button"
      aria-pressed={active}
      data-testid={`tool-${mode}`}
      onClick={() => store.getState().setToolMode(active ? 'none' : mode)}
    >
      {label}
    </button>
  );
}
