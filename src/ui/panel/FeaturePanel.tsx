import { useEffect, useRef } from 'react';
import { findFeature } from '../../domain/lookup';
import { storyOf } from '../../present/stories';
import { sameRef } from '../../state/selectionSlice';
import { useApp, useAppState, useData, useT } from '../context';
import { badgeCounty } from '../../analysis/countyBadges';
import { BadgeDetails, isBadge } from './BadgeDetails';
import { CountyLevelItems } from './CountyLevelItems';
import { ItemDetails } from './ItemDetails';
import { OtherDetails } from './OtherDetails';
import { ProjectDetails } from './ProjectDetails';
import { Timeline } from '../monitor/Timeline';

/** Side panel for the selected feature: all attributes, verbatim plan text, citations. */
export function FeaturePanel() {
  const { store } = useApp();
  const data = useData();
  const selected = useAppState((s) => s.selected);
  // In a presentation, the step's own selection is a highlight; the panel opens only for what the
  // presenter clicks.
  const stepSelection = useAppState((s) => {
    const p = s.presentation;
    return p ? (storyOf(s, data, p.storyId).steps[p.index]?.selected ?? null) : undefined;
  });
  const t = useT();
  // While the time control is on, the item's history is what the viewer came for: it goes first.
  const timeFirst = useAppState((s) => s.asOfYear !== null);
  const heading = useRef<HTMLHeadingElement>(null);
  const hidden = stepSelection !== undefined && sameRef(stepSelection, selected);
  const found = selected && !hidden ? findFeature(data, selected) : null;
  const badge = selected && !hidden && isBadge(selected.source) ? badgeCounty(selected.id) : null;
  useEffect(() => {
    // Move focus to the new panel so keyboard and screen-reader users land on it.
    if (found || badge) heading.current?.focus();
  }, [found, badge]);
  const open = !!(found || badge);
  useEffect(() => {
    if (!open) return;
    // Esc closes the panel (in a presentation Esc leaves the presentation instead).
    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      if (e.key !== 'Escape' || e.defaultPrevented || s.presentation || s.choices) return;
      if ((e.target as HTMLElement | null)?.closest('input, textarea, select')) return;
      s.select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, store]);
  if (badge && selected) {
    return (
      <section
        className="feature-panel"
        data-testid="feature-panel"
        data-feature-id={selected.id}
        aria-labelledby="feature-title"
      >
        <header>
          <h2 id="feature-title" ref={heading} tabIndex={-1}>
            {t('badge.title', { county: badge })}
          </h2>
          <CloseButton />
        </header>
        <BadgeDetails id={selected.id} />
      </section>
    );
  }
  if (!found) return null;
  const timeline = (
    <Timeline
      itemId={found.feature.properties.id}
      plan={
        found.kind === 'project'
          ? { status: found.feature.properties.status, citation: found.feature.properties.citation }
          : { status: found.feature.properties.status_text, citation: found.feature.properties.citation }
      }
    />
  );
  return (
    <section
      className="feature-panel"
      data-testid="feature-panel"
      data-feature-id={found.feature.properties.id}
      aria-labelledby="feature-title"
    >
      <header>
        <h2 id="feature-title" ref={heading} tabIndex={-1}>
          {found.feature.properties.name}
        </h2>
        <CloseButton />
      </header>
      {timeFirst && timeline}
      {found.kind === 'project' ? (
        <ProjectDetails feature={found.feature} />
      ) : found.source === 'others' ? (
        <OtherDetails id={found.feature.properties.id} />
      ) : (
        <ItemDetails feature={found.feature} />
      )}
      {found.source === 'county' && <CountyLevelItems county={found.feature.properties.name} />}
      {!timeFirst && timeline}
    </section>
  );
}

function CloseButton() {
  const { store } = useApp();
  const t = useT();
  return (
    <button
      type="button"
      className="close"
      data-testid="panel-close"
      aria-label={t('panel.close')}
      onClick={() => store.getState().select(null)}
    >
      ×
    </button>
  );
}
