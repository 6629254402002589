/** The selection highlight, judged by what its filters pick out of features (MapLibre's own evaluator). */
import { describe, expect, it } from 'vitest';
import {
  featureFilter,
  type FilterSpecification,
  type LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { SELECTION_LAYERS, selectionGroup } from '../../src/layers/selection';

type Geom = 'Point' | 'LineString' | 'Polygon';
const GEOM_TYPE = { Point: 1, LineString: 2, Polygon: 3 } as const;

function picks(layer: LayerSpecification, type: Geom, properties: Record<string, unknown>): boolean {
  const f = featureFilter((layer as { filter: FilterSpecification }).filter, 'layers[0].filter');
  const ft = { type: GEOM_TYPE[type], properties, geometry: [] };
  return f.filter({ zoom: 10 }, ft as never);
}

const layersFor = (selected: { source: string; id: string } | null) =>
  selectionGroup.layers({ group: { visible: true, opacity: 1 }, lang: 'zh', selected } as never);

describe('selection highlight', () => {
  it('nothing selected, nothing drawn', () => {
    expect(layersFor(null)).toEqual([]);
  });

  it('rings the selected point and haloes the selected line or outline, on its own source', () => {
    const layers = layersFor({ source: 'projects', id: 'p-1' });
    const ring = layers.find((l) => l.id === SELECTION_LAYERS.ring)!;
    const line = layers.find((l) => l.id === SELECTION_LAYERS.line)!;
    expect([ring.type, line.type]).toEqual(['circle', 'line']);
    expect((ring as { source: string }).source).toBe('projects');
    expect((line as { source: string }).source).toBe('projects');
    expect(picks(ring, 'Point', { id: 'p-1' })).toBe(true);
    expect(picks(ring, 'Point', { id: 'p-2' })).toBe(false);
    expect(picks(ring, 'LineString', { id: 'p-1' })).toBe(false);
    expect(picks(line, 'LineString', { id: 'p-1' })).toBe(true);
    expect(picks(line, 'Polygon', { id: 'p-1' })).toBe(true);
    expect(picks(line, 'Point', { id: 'p-1' })).toBe(false);
    expect(picks(line, 'LineString', { id: 'p-2' })).toBe(false);
  });

  it('a project placed only by county gets no ring (it has no site)', () => {
    const [ring] = layersFor({ source: 'projects', id: 'p-1' }).filter((l) => l.id === SELECTION_LAYERS.ring);
    expect(picks(ring!, 'Point', { id: 'p-1', placement_scope: 'county' })).toBe(false);
  });
});
