import { FileButton } from '../FileButton';
import type { StoryStep } from '../../domain/story';
import { downloadStoryFile, keepStoryBackup, parseStoryFile } from '../../io/storyStorage';
import { encodeUrl } from '../../io/urlState';
import { stepFromView } from '../../present/stepState';
import { layersForStep } from '../../state/layersSlice';
import { tourFor } from '../../present/stories';
import { useApp, useAppState, useData, useT } from '../context';

/** The built-in tour and the user's own story: capture, edit, reorder, share, export, import. */
export function StoryPanel() {
  const t = useT();
  const { store } = useApp();
  const data = useData();
  const story = useAppState((s) => s.customStory);
  const tour = tourFor(data);
  const actions = store.getState();

  const addStep = () => {
    const s = store.getState();
    const n = s.customStory.steps.length + 1;
    const id = `step-${Date.now().toString(36)}-${n}`;
    s.addStep(stepFromView(s, t('present.defaultTitle', { n }), '', id));
  };

  const exportJson = () => downloadStoryFile(store.getState().customStory);

  const importJson = async (file: File) => {
    const s = store.getState();
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      s.pushNotice('error', t('present.importBad', { file: file.name, reason: String(e) }));
      return;
    }
    const parsed = parseStoryFile(text, s.lang);
    if (!parsed.ok) {
      s.pushNotice('error', t('present.importBad', { file: file.name, reason: parsed.message }));
      return;
    }
    // Replacing never loses work: the steps there were are kept aside first, or the user decides.
    const current = store.getState().customStory;
    const kept = await keepStoryBackup(current);
    if (!kept.ok && !window.confirm(t('present.importNoBackup', { n: current.steps.length }))) {
      s.pushNotice('info', t('present.importCancelled'));
      return;
    }
    s.replaceCustomStory(parsed.story);
    const { title, steps } = parsed.story;
    s.pushNotice('info', t('present.importOk', { title, n: steps.length }));
    if (parsed.renumbered) s.pushNotice('warning', t('present.importRenumbered', { n: parsed.renumbered }));
    if (kept.ok && kept.kept !== null)
      s.pushNotice('info', t('present.importKept', { key: `#${kept.kept}` }));
  };

  return (
    <section className="story-panel" data-testid="story-panel" aria-label={t('tab.present')}>
      <h3>{t('present.tour')}</h3>
      <p className="hint">{t('present.tourNote', { n: tour.steps.length })}</p>
      <button
        type="button"
        className="primary"
        data-testid="start-tour"
        onClick={() => actions.startPresentation(tour, 0)}
      >
        ▶ {t('present.start')}
      </button>

      <h3>{t('present.mine')}</h3>
      <div className="button-row">
        <button type="button" data-testid="add-step" onClick={addStep}>
          ＋ {t('present.addStep')}
        </button>
        <button
          type="button"
          data-testid="present-mine"
          disabled={story.steps.length === 0}
          onClick={() => actions.startPresentation(story, 0)}
        >
          ▶ {t('present.presentMine')}
        </button>
      </div>
      {story.steps.length === 0 ? (
        <p className="hint">{t('present.noSteps')}</p>
      ) : (
        <ol className="steps" data-testid="story-steps">
          {story.steps.map((st, i) => (
            <StepEditor key={st.id} step={st} index={i} count={story.steps.length} />
          ))}
        </ol>
      )}
      <div className="button-row">
        <button
          type="button"
          data-testid="story-export"
          disabled={story.steps.length === 0}
          onClick={exportJson}
        >
          {t('present.exportJson')}
        </button>
        <FileButton
          accept="application/json,.json"
          testId="story-import"
          inputTestId="story-import-file"
          onFile={(f) => void importJson(f)}
        >
          {t('present.importJson')}
        </FileButton>
      </div>
    </section>
  );
}

function StepEditor({ step, index, count }: { step: StoryStep; index: number; count: number }) {
  const t = useT();
  const { store } = useApp();
  const a = store.getState();
  const share = async () => {
    const s = store.getState();
    const query = encodeUrl({
      lang: s.lang,
      camera: typeof step.camera === 'object' && 'center' in step.camera ? step.camera : null,
      layers: layersForStep(step.layers),
      selected: step.selected,
      filters: step.filters,
      basemap: s.basemap,
    });
    const url = `${location.origin}${location.pathname}?${query}`;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Clipboard may be unavailable (permissions, http): the notice still shows the link.
    }
    s.pushNotice('info', t('present.shareDone', { url }));
  };
  return (
    <li className="step" data-testid="story-step" data-step-id={step.id}>
      <label>
        <span className="visually-hidden">{t('present.stepTitle')}</span>
        <input
          type="text"
          value={step.title}
          maxLength={120}
          data-testid="step-title"
          aria-label={`${t('present.stepTitle')} ${index + 1}`}
          onChange={(e) =>
            a.updateStep(step.id, { title: e.target.value || t('present.defaultTitle', { n: index + 1 }) })
          }
        />
      </label>
      <label>
        <span className="visually-hidden">{t('present.stepNote')}</span>
        <textarea
          value={step.caption ?? ''}
          maxLength={2000}
          rows={2}
          placeholder={t('present.stepNote')}
          data-testid="step-note"
          aria-label={`${t('present.stepNote')} ${index + 1}`}
          onChange={(e) => a.updateStep(step.id, { caption: e.target.value })}
        />
      </label>
      <div className="step-actions">
        <button
          type="button"
          aria-label={t('present.up')}
          title={t('present.up')}
          disabled={index === 0}
          data-testid="step-up"
          onClick={() => a.moveStep(step.id, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('present.down')}
          title={t('present.down')}
          disabled={index === count - 1}
          data-testid="step-down"
          onClick={() => a.moveStep(step.id, 1)}
        >
          ↓
        </button>
        <button type="button" data-testid="step-share" onClick={() => void share()}>
          {t('present.share')}
        </button>
        <button type="button" data-testid="step-delete" onClick={() => a.deleteStep(step.id)}>
          {t('present.delete')}
        </button>
      </div>
    </li>
  );
}
