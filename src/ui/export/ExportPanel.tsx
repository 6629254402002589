import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isFiltering, type ProjectFilters } from '../../domain/filters';
import { dateStamp, downloadBlob } from '../../io/download';
import { composeFigure, figureBandHeight, legendLabelWidths } from '../../io/exportFigure';
import { figureSize, maxCanvasSide } from '../../io/exportSize';
import { withPngText } from '../../io/pngText';
import { BASEMAP_CREDIT_TEXT } from '../../domain/basemaps';
import { pdfProjectRow, projectsCsv, projectsGeoJson } from '../../io/exportTable';
import type { PdfTableHeaders } from '../../io/exportPdf';
import { exportLegend, measureNotes } from '../../io/exportLegend';
import { getMapCommands } from '../../map/commands';
import type { AppState } from '../../state/store';
import type { Bounds } from '../../domain/geography';
import { resultBounds } from '../../analysis/resultBounds';
import { t as translate, type Lang } from '../../i18n/strings';
import { useApp, useAppState, useT } from '../context';
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
  const notes = measureNotes(state, t);
  return composeFigure(cap.canvas, {
    title: t('app.title'),
    subtitle: `${t('export.date', { date: dateStamp() })} · ${filterSummary(state.filters, state.lang)}`,
    legend: exportLegend(state, t),
    legendTitle: t('export.legend'),
    notes,
    footer: footerLines(state),
    metersPerPixel: cap.metersPerPixel,
    bearing: cap.camera.bearing,
    ratio,
    north: t('export.north'),
  });
}

/** The legend and the measurement as text: in the PNG's metadata and the PDF's caption. */
export function figureText(state: AppState): string {
  const t = (k: string, v?: Record<string, string | number>) => translate(state.lang, k, v);
  const entries = exportLegend(state, t).map((e) => e.label);
  const notes = measureNotes(state, t);
  return [
    ...(entries.length ? [t('export.legendText', { entries: entries.join(t('list.semicolon')) })] : []),
    ...notes,
  ].join('\n');
}

/** Source, data credits, the basemap's credit and the 审图号 (when configured): on every export. */
export function footerLines(state: AppState): string[] {
  const t = (k: string, v?: Record<string, string | number>) => translate(state.lang, k, v);
  const credit =
    state.basemap === 'offline'
      ? state.offlineBasemap
        ? (state.offlineBasemap.attribution ?? state.offlineBasemap.label)
        : null
      : BASEMAP_CREDIT_TEXT[state.basemap];
  return [
    t('export.source'),
    t('export.attribution'),
    ...(credit ? [t('export.basemap', { credit })] : []),
    ...(state.reviewNumber ? [t('basemap.reviewNumber', { value: state.reviewNumber })] : []),
  ];
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
  return translate(lang, 'export.filtered', { summary: parts.join(translate(lang, 'list.sep')) });
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

  const mapSize = useMapCssSize();
  // The figure is the map plus the band under it (legend, credits): the size said is the file's.
  const legendLabels = useAppState(
    useShallow((s) => exportLegend(s, (k, v) => translate(s.lang, k, v)).map((e) => e.label)),
  );
  const footerCount = useAppState((s) => footerLines(s).length);
  const labelWidths = useMemo(() => legendLabelWidths(legendLabels), [legendLabels]);
  const sizes = [1, 2, 3].map((r) => {
    const map = figureSize(mapSize.width, mapSize.height, r, maxCanvasSide());
    const band = (ratio: number) =>
      Math.round(figureBandHeight(labelWidths, footerCount, map.width / map.ratio) * ratio);
    return {
      r,
      ...map,
      height: map.height + band(map.ratio),
      fullHeight: map.fullHeight + band(r),
    };
  });
  const png = (scale: number) =>
    run('png', async () => {
      // The ratio shown in the dialog is the one used (lowered only where the browser requires).
      const ratio = sizes.find((x) => x.r === scale)?.ratio ?? scale;
      const state = store.getState();
      const canvas = await buildFigure(state, ratio, frame());
      const png = new Uint8Array(await (await toBlob(canvas)).arrayBuffer());
      // The credits also travel as text in the file (PNG iTXt), readable by any image tool.
      const tagged = withPngText(png, {
        Title: t('app.title'),
        Description: figureText(state),
        Copyright: footerLines(state).join('\n'),
      });
      downloadBlob(
        new Blob([tagged as BlobPart], { type: 'image/png' }),
        `liuzhou-plan-map-${dateStamp()}@${scale}x.png`,
      );
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
      const headers = t('export.tableHeaders').split('|') as PdfTableHeaders;
      const bytes = await exportPdf({
        paper,
        title: t('app.title'),
        subtitle: `${t('export.date', { date: dateStamp() })} · ${filterSummary(state.filters, lang)}`,
        mapPng: new Uint8Array(await (await toBlob(canvas)).arrayBuffer()),
        caption: figureText(state),
        footer: footerLines(state).join('\n'),
        fontBytes,
        ...(withTable ? { table: { headers, rows: list.map((p) => pdfProjectRow(p, lang)) } } : {}),
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
        {sizes.map(({ r, width, height }) => (
          <button
            key={r}
            type="button"
            data-testid={`export-png-${r}`}
            disabled={job !== null}
            onClick={() => void png(r)}
          >
            {t('export.pngAt', { r })}
            <span
              className="export-size"
              data-testid={`export-size-${r}`}
              data-width={width}
              data-height={height}
            >
              <br />
              {t('export.pixelSize', { w: width, h: height })}
            </span>
          </button>
        ))}
      </div>
      {sizes
        .filter((x) => x.capped)
        .map((x) => (
          <p key={x.r} className="export-size export-size-capped" data-testid={`export-capped-${x.r}`}>
            {t('export.sizeCapped', {
              max: maxCanvasSide(),
              scale: x.r,
              w: x.width,
              h: x.height,
              fw: x.fullWidth,
              fh: x.fullHeight,
            })}
          </p>
        ))}
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

/** CSS size of the map element, kept current as the window or the panels change. */
function useMapCssSize(): { width: number; height: number } {
  const mapElement = useApp().mapElement;
  // Read at the first render, so the sizes are never shown as 0 × 0 first.
  const [size, setSize] = useState(() => ({
    width: mapElement.clientWidth,
    height: mapElement.clientHeight,
  }));
  useEffect(() => {
    const el = mapElement;
    const read = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    read();
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, [mapElement]);
  return size;
}
