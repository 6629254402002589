import { useState } from 'react';
import type { ProjectFeature } from '../../domain/data';
import { isFiltering, type ProjectFilters } from '../../domain/filters';
import { dateStamp, downloadBlob } from '../../io/download';
import { composeFigure } from '../../io/exportFigure';
import { projectsCsv, projectsGeoJson } from '../../io/exportTable';
import { LAYER_GROUPS } from '../../layers';
import { getMapCommands } from '../../map/commands';
import type { AppState } from '../../state/store';
import type { Bounds } from '../../domain/geography';
import { resultBounds } from '../../analysis/resultBounds';
import { t as translate, type Lang } from '../../i18n/strings';
import { useApp, useAppState, useT } from '../context';
import { fmt } from '../panel/format';
import { useProjectResult } from '../useProjects';

type Job = 'png' | 'pdf' | null;

/** Builds the map figure (PNG canvas) for the current view and state. */
export async function buildFigure(
  state: AppState,
  ratio: number,
  frame: Bounds | null = null,
): Promise<HTMLCanvasElement> {
  const commands = getMapCommands();
  if (!commands) throw new Error('map not ready');
  const cap = await commands.capture(ratio, frame);
  const t = (k: string, v?: Record<string, string | number>) => translate(state.lang, k, v);
  const legend = LAYER_GROUPS.filter((g) => !g.hidden && state.layers[g.id].visible).flatMap((g) =>
    g.legend.map((e) => ({ label: t(e.label), symbol: e.symbol })),
  );
  return composeFigure(cap.canvas, {
    title: t('app.title'),
    subtitle: `${t('export.date', { date: dateStamp() })} · ${filterSummary(state.filters, state.lang)}`,
    legend,
    legendTitle: t('export.legend'),
    footer: [t('export.source'), t('export.attribution')],
    metersPerPixel: cap.metersPerPixel,
    bearing: cap.camera.bearing,
    ratio,
    north: t('export.north'),
  });
}

export function filterSummary(f: ProjectFilters, lang: Lang): string {
  if (!isFiltering(f)) return translate(lang, 'export.allProjects');
  const parts = [
    ...f.tables,
    ...f.types.map((x) => translate(lang, `type.${x}`)),
    ...f.statuses.map((x) => translate(lang, `status.${x}`)),
    ...(f.areaMin !== null || f.areaMax !== null
      ? [`${f.areaMin ?? 0}–${f.areaMax ?? '∞'} ${translate(lang, 'unit.mu')}`]
      : []),
    ...(f.text ? [`“${f.text}”`] : []),
  ];
  return translate(lang, 'export.filtered', { summary: parts.join('、') });
}

const toBlob = (c: HTMLCanvasElement) =>
  new Promise<Blob>((ok, fail) => c.toBlob((b) => (b ? ok(b) : fail(new Error('empty image'))), 'image/png'));

export function ExportPanel() {
  const t = useT();
  const { store } = useApp();
  const lang = useAppState((s) => s.lang);
  const { list } = useProjectResult();
  const [job, setJob] = useState<Job>(null);
  const [withTable, setWithTable] = useState(true);
  const [keepView, setKeepView] = useState(false);
  const filtering = useAppState((s) => isFiltering(s.filters));
  // A filtered set is exported framed on its projects unless the user keeps the current view.
  const frame = () => (filtering && !keepView ? resultBounds(list) : null);
  const notify = (level: 'info' | 'error', text: string) => store.getState().pushNotice(level, text);

  const run = async (kind: Job, work: () => Promise<void>) => {
    setJob(kind);
    try {
      await work();
    } catch (e) {
      notify('error', t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setJob(null);
    }
  };

  const png = (ratio: number) =>
    run('png', async () => {
      const canvas = await buildFigure(store.getState(), ratio, frame());
      downloadBlob(await toBlob(canvas), `liuzhou-plan-map-${dateStamp()}@${ratio}x.png`);
    });

  const pdf = (paper: 'A4' | 'A3') =>
    run('pdf', async () => {
      // pdf-lib and the font load only now: they are large and most sessions never print.
      const { exportPdf, loadPdfFont } = await import('../../io/exportPdf');
      const [canvas, fontBytes] = await Promise.all([
        buildFigure(store.getState(), 2, frame()),
        loadPdfFont(),
      ]);
      const state = store.getState();
      const headers = t('export.tableHeaders').split('|') as [string, string, string, string, string, string];
      const bytes = await exportPdf({
        paper,
        title: t('app.title'),
        subtitle: `${t('export.date', { date: dateStamp() })} · ${filterSummary(state.filters, lang)}`,
        mapPng: new Uint8Array(await (await toBlob(canvas)).arrayBuffer()),
        footer: `${t('export.source')}\n${t('export.attribution')}`,
        fontBytes,
        ...(withTable ? { table: { headers, rows: list.map((p) => pdfRow(p, lang)) } } : {}),
      });
      downloadBlob(
        new Blob([bytes as BlobPart], { type: 'application/pdf' }),
        `liuzhou-plan-map-${dateStamp()}-${paper}.pdf`,
      );
    });

  const data = (kind: 'csv' | 'geojson') => {
    const name = `liuzhou-key-logistics-projects-${dateStamp()}.${kind}`;
    const blob =
      kind === 'csv'
        ? new Blob([projectsCsv(list, lang)], { type: 'text/csv;charset=utf-8' })
        : new Blob([projectsGeoJson(list, lang)], { type: 'application/geo+json' });
    downloadBlob(blob, name);
  };

  return (
    <section
      className="export-panel"
      data-testid="export-panel"
      aria-label={t('export.title')}
      aria-busy={job !== null}
    >
      {filtering && (
        <label className="check">
          <input
            type="checkbox"
            checked={keepView}
            data-testid="export-keep-view"
            onChange={(e) => setKeepView(e.target.checked)}
          />
          {t('export.keepView', { n: list.length })}
        </label>
      )}
      <h3>{t('export.png')}</h3>
      <div className="button-row">
        {[1, 2, 3].map((r) => (
          <button
            key={r}
            type="button"
            data-testid={`export-png-${r}`}
            disabled={job !== null}
            onClick={() => void png(r)}
          >
            {t('export.pngAt', { r })}
          </button>
        ))}
      </div>
      <h3>{t('export.pdf')}</h3>
      <label className="check">
        <input
          type="checkbox"
          checked={withTable}
          data-testid="export-pdf-table"
          onChange={(e) => setWithTable(e.target.checked)}
        />
        {t('export.withTable')}
      </label>
      <div className="button-row">
        {(['A4', 'A3'] as const).map((paper) => (
          <button
            key={paper}
            type="button"
            data-testid={`export-pdf-${paper}`}
            disabled={job !== null}
            onClick={() => void pdf(paper)}
          >
            {t('export.pdfAt', { paper })}
          </button>
        ))}
      </div>
      <h3>{t('export.data', { n: list.length })}</h3>
      <div className="button-row">
        <button type="button" data-testid="export-csv" onClick={() => data('csv')}>
          {t('export.csv')}
        </button>
        <button type="button" data-testid="export-geojson" onClick={() => data('geojson')}>
          {t('export.geojson')}
        </button>
      </div>
      {job && <p role="status">{t('export.working')}</p>}
    </section>
  );
}

function pdfRow(p: ProjectFeature, lang: Lang) {
  const q = p.properties;
  const none = translate(lang, 'panel.notStated');
  return {
    name: q.name,
    table: q.table,
    type: q.type,
    status: q.status,
    area: q.area_mu === null ? none : fmt(q.area_mu),
    investment: q.investment_yi === null ? none : fmt(q.investment_yi),
  };
}
