import { useEffect, useRef, useState } from 'react';
import { isFiltering } from '../../domain/filters';
import { documentTitle } from '../../domain/sources';
import { storyOf } from '../../present/stories';
import { useApp, useAppState, useData, useT } from '../context';
import { TargetsTable } from '../TargetsTable';
import { SlideLegend } from './SlideLegend';
import { SlideProjects } from './SlideProjects';
import { useSlideInsets } from './useSlideInsets';

/**
 * Presentation mode: the step's title and the plan's words in large type, progress, and the keys
 * clickers send (→ ← Space PageDown PageUp Home End), number + Enter to jump, R back to the
 * step's view, Esc to leave.
 */
export function PresentationView() {
  const t = useT();
  const { store } = useApp();
  const data = useData();
  const presentation = useAppState((s) => s.presentation);
  const customStory = useAppState((s) => s.customStory);
  const lang = useAppState((s) => s.lang);
  const [digits, setDigits] = useState('');
  // Typed step number: the ref is read by the key handler, the state shows it.
  const digitsRef = useRef('');
  const setTyped = (v: string) => {
    digitsRef.current = v;
    setDigits(v);
  };

  const story = presentation ? storyOf({ customStory }, data, presentation.storyId) : null;
  const count = story?.steps.length ?? 0;
  const frame = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLElement>(null);
  const controls = useRef<HTMLElement>(null);
  useSlideInsets(frame, box, controls, `${presentation?.storyId}#${presentation?.index}#${lang}`);

  useEffect(() => {
    if (!presentation) return;
    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      const p = s.presentation;
      if (!p) return;
      // Typing in a field (e.g. the feature panel) is not a command.
      if ((e.target as HTMLElement | null)?.closest('input, textarea, select')) return;
      const go = (i: number) => story && s.goToStep(story, i);
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
        case ' ':
          go(p.index + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          go(p.index - 1);
          break;
        case 'Home':
          go(0);
          break;
        case 'End':
          go(count - 1);
          break;
        case 'Escape':
          s.exitPresentation();
          break;
        case 'r':
        case 'R':
          if (story) s.restoreStepView(story);
          break;
        case 'Enter':
          if (!digitsRef.current) return;
          go(Number(digitsRef.current) - 1);
          setTyped('');
          break;
        default:
          if (/^[0-9]$/.test(e.key)) {
            setTyped((digitsRef.current + e.key).slice(-3));
            break;
          }
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presentation, store, count, story]);

  useEffect(() => {
    if (!presentation) return;
    // Full screen where allowed; leaving full screen (browser Esc) also leaves the presentation.
    const el = document.documentElement;
    if (!document.fullscreenElement) el.requestFullscreen?.().catch(() => undefined);
    const onChange = () => {
      if (!document.fullscreenElement) store.getState().exitPresentation();
    };
    const timer = setTimeout(() => document.addEventListener('fullscreenchange', onChange), 500);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
    // Only on entering/leaving, not on every step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [presentation === null]);

  if (!presentation || !story) return null;
  const step = story.steps[presentation.index];
  if (!step) return null;
  const title = lang === 'en' && step.titleEn ? step.titleEn : step.title;
  const i = presentation.index;
  const s = store.getState();
  return (
    <div className="presentation" data-testid="presentation" ref={frame}>
      <section
        className={`caption-box${step.showTargets ? ' wide' : ''}`}
        data-testid="caption-box"
        aria-live="polite"
        aria-labelledby="step-title"
        ref={box}
      >
        <p className="progress-text" data-testid="step-progress">
          {t('present.progress', { i: i + 1, n: count })}
        </p>
        <h2 id="step-title" data-testid="step-title-display" data-step-id={step.id}>
          {title}
        </h2>
        {step.caption && (
          <blockquote lang="zh-CN" data-testid="step-caption">
            {step.caption}
          </blockquote>
        )}
        {step.citation && (
          <p className="step-cite">
            {documentTitle(step.citation)} · {step.citation.section} ·{' '}
            {t('panel.line', { n: step.citation.line })}
          </p>
        )}
        {step.asOfYear != null && (
          <p>
            <button
              type="button"
              className="present-compare"
              data-testid="present-compare"
              onClick={() => s.setComparing(true)}
            >
              {t('compare.open', { year: step.asOfYear })}
            </button>
          </p>
        )}
        {step.showTargets && <TargetsTable className="targets" plan="logistics" columns={3} />}
        {!step.showTargets && isFiltering(step.filters) && <SlideProjects />}
        {!step.showTargets && <SlideLegend step={step} />}
        <p className="keys-hint">{t('present.keys')}</p>
      </section>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('present.progress', { i: i + 1, n: count })}
        aria-valuemin={1}
        aria-valuemax={count}
        aria-valuenow={i + 1}
      >
        <div className="progress-bar" style={{ width: `${((i + 1) / count) * 100}%` }} />
      </div>
      <nav className="present-controls" aria-label={t('tab.present')} ref={controls}>
        <button
          type="button"
          onClick={() => s.goToStep(story, i - 1)}
          disabled={i === 0}
          aria-label={t('present.prev')}
        >
          ←
        </button>
        <button
          type="button"
          onClick={() => s.goToStep(story, i + 1)}
          disabled={i === count - 1}
          aria-label={t('present.next')}
        >
          →
        </button>
        <button
          type="button"
          onClick={() => s.restoreStepView(story)}
          aria-label={t('present.back')}
          title={t('present.back')}
        >
          ⟲
        </button>
        <button
          type="button"
          data-testid="present-exit"
          onClick={() => s.exitPresentation()}
          aria-label={t('present.exit')}
          title={t('present.exit')}
        >
          ✕
        </button>
        {digits && (
          <span className="jump" data-testid="present-jump">
            {t('present.jump', { n: digits })}
          </span>
        )}
      </nav>
    </div>
  );
}
