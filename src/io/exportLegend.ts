/**
 * What an exported figure lists beside the map: the visible plan layers' legends, the planner's
 * drawings (each labelled one with its colour) and each visible imported layer with its swatch and
 * name; and, when a measurement is on the map, its figure with the method used.
 */
import { areaUnits, fmt, formatLength, measure } from '../analysis/measure';
import { shownDrawings } from '../analysis/shownDrawings';
import { DRAWING_COLORS, type Drawing } from '../domain/drawing';
import { isOverlay } from '../domain/layerGroups';
import { LAYER_GROUPS } from '../layers';
import { gatheredLegendLabel } from '../layers/planItems';
import type { LegendSymbol } from '../layers/types';
import type { AppState } from '../state/store';

type T = (key: string, vars?: Record<string, string | number>) => string;
export interface ExportLegendEntry {
  label: string;
  symbol: LegendSymbol;
}

/** Labelled drawings listed one by one, up to this many; the rest are counted. */
const MAX_LISTED_DRAWINGS = 8;

const swatch = (kind: 'point' | 'line' | 'fill', color: string): LegendSymbol =>
  kind === 'point'
    ? { kind: 'circle', color, stroke: '#ffffff', radius: 5 }
    : kind === 'line'
      ? { kind: 'line', color, width: 3 }
      : { kind: 'fill', color, outline: color, opacity: 0.3 };

const drawingSwatch = (d: Drawing): LegendSymbol =>
  swatch(d.kind === 'polygon' ? 'fill' : d.kind === 'line' ? 'line' : 'point', d.color);

function drawingEntries(drawings: readonly Drawing[], t: T): ExportLegendEntry[] {
  if (drawings.length === 0) return [];
  const listed = drawings.filter((d) => d.label.trim()).slice(0, MAX_LISTED_DRAWINGS);
  const rest = drawings.length - listed.length;
  return [
    ...listed.map((d) => ({
      label: t('export.drawing', { label: d.label.trim() }),
      symbol: drawingSwatch(d),
    })),
    ...(rest > 0
      ? [
          {
            label: t(listed.length ? 'export.drawingsMore' : 'export.drawingsN', { n: rest }),
            symbol: swatch('fill', DRAWING_COLORS[0]),
          },
        ]
      : []),
  ];
}

/** The swatch of an imported layer follows its geometry (points, lines or areas). */
function importedKind(types: ReadonlySet<string>): 'point' | 'line' | 'fill' {
  if ([...types].some((x) => x.includes('Polygon'))) return 'fill';
  if ([...types].some((x) => x.includes('LineString'))) return 'line';
  return 'point';
}

export function exportLegend(
  s: Pick<AppState, 'layers' | 'drawings' | 'presentation' | 'imported'>,
  t: T,
): ExportLegendEntry[] {
  const plan = LAYER_GROUPS.filter((g) => !isOverlay(g.id) && s.layers[g.id].visible).flatMap((g) =>
    g.id === 'drawings'
      ? drawingEntries(shownDrawings(s), t)
      : g.legend.map((e) => ({ label: gatheredLegendLabel(e, t), symbol: e.symbol })),
  );
  const imported = s.imported
    .filter((l) => l.visible)
    .map((l) => {
      const types = new Set(l.features.features.slice(0, 1000).map((f) => f.geometry?.type ?? ''));
      return {
        label: t('export.imported', { name: l.meta.name }),
        symbol: swatch(importedKind(types), l.meta.style.color),
      };
    });
  return [...plan, ...imported];
}

/**
 * The plan sites a measurement is snapped to, each with how its position was obtained, as one line
 * (null when none): on the map's readout and under the measurement in exports. Records that share a
 * site and a name are named once.
 */
export function snappedNote(s: Pick<AppState, 'toolMode' | 'measureSites'>, t: T): string | null {
  if (!s.toolMode.startsWith('measure') || !s.measureSites.length) return null;
  const named = new Set(
    s.measureSites.map((p) => t('tools.snapSite', { name: p.name, quality: t(`quality.${p.quality}`) })),
  );
  return t('tools.snappedTo') + [...named].join(t('list.semicolon'));
}

/** The measurement on the map as one line of text (figure and method), or null. */
export function measureNote(s: Pick<AppState, 'toolMode' | 'measure'>, t: T): string | null {
  if (!s.toolMode.startsWith('measure') || !s.measure) return null;
  const m = measure(s.measure);
  if (!m) return null;
  const figure =
    m.squareMeters !== undefined
      ? (() => {
          const a = areaUnits(m.squareMeters);
          return `${t('tools.area')} ${fmt(a.mu, 1)} 亩 · ${fmt(a.hectares, 2)} 公顷 · ${fmt(a.km2, 3)} km²，${t('tools.perimeter')} ${formatLength(m.meters)}`;
        })()
      : `${t('tools.length')} ${formatLength(m.meters)}`;
  return t('export.measure', { figure, method: t('tools.methodShort') });
}

/** An export's lines on the measurement: its figure and method, then the sites it is snapped to. */
export const measureNotes = (s: Pick<AppState, 'toolMode' | 'measure' | 'measureSites'>, t: T): string[] =>
  [measureNote(s, t), snappedNote(s, t)].filter((n): n is string => n !== null);
