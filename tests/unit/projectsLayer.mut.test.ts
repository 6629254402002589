/** How key projects are drawn: evaluated per feature, as the renderer would. */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BADGE_SOURCE } from '../../src/analysis/countyBadges';
import { PROJECT_TYPES } from '../../src/domain/schema';
import { PALETTE, PROJECT_TYPE_COLORS } from '../../src/layers/palette';
import { PROJECTS_LAYERS, PROJECTS_SOURCE, projectsGroup } from '../../src/layers/projects';
import type { SpecInput } from '../../src/layers/types';
import { makeProject } from './factories';
import { makeData } from './fixtures';
import { evaluate, layerById, passes, rgba } from './styleEval';

const specs = (patch: Partial<SpecInput> = {}): LayerSpecification[] =>
  projectsGroup.layers({ group: { visible: true, opacity: 1 }, lang: 'zh', ...patch });
const L = PROJECTS_LAYERS;
const project = (props: Record<string, unknown> = {}) => ({
  type: '商贸服务型',
  status: '在建',
  placement_scope: 'site',
  name: '鹿寨物流园',
  ...props,
});

describe('projects layer', () => {
  it('pins only projects with a site; county-level ones get no pin, halo, dot or name', () => {
    const ls = specs();
    for (const id of [L.halo, L.point, L.label]) {
      expect(passes(layerById(ls, id), { props: project() }), id).toBe(true);
      expect(passes(layerById(ls, id), { props: project({ placement_scope: 'county' }) }), id).toBe(false);
    }
    expect(passes(layerById(ls, L.dot), { props: project({ status: '新建' }) })).toBe(true);
    expect(
      passes(layerById(ls, L.dot), { props: project({ status: '新建', placement_scope: 'county' }) }),
    ).toBe(false);
  });

  it('colours each project by its type, grey for an unknown type', () => {
    const point = layerById(specs(), L.point);
    for (const t of PROJECT_TYPES) {
      expect(evaluate(point, 'circle-color', { props: project({ type: t }) })).toBe(
        rgba(PROJECT_TYPE_COLORS[t]),
      );
    }
    expect(evaluate(point, 'circle-color', { props: project({ type: '其他' }) })).toBe(rgba('#777777'));
    const label = layerById(specs(), L.label);
    expect(evaluate(label, 'text-color', { props: project({ type: '国家物流枢纽' }) })).toBe(
      rgba(PROJECT_TYPE_COLORS.国家物流枢纽),
    );
    expect(
      evaluate(layerById(specs(), L.halo), 'circle-color', { props: project({ type: '生产服务型' }) }),
    ).toBe(rgba(PROJECT_TYPE_COLORS.生产服务型));
  });

  it('marks status by shape: 在建/新建 solid, 预备/储备 hollow rings; 新建/储备 carry a centre dot', () => {
    const ls = specs();
    const point = layerById(ls, L.point);
    const dot = layerById(ls, L.dot);
    const typeColor = rgba(PROJECT_TYPE_COLORS.商贸服务型);
    const white = rgba(PALETTE.halo);
    const shape = (status: string) => {
      const props = project({ status });
      return {
        fill: evaluate(point, 'circle-color', { props }),
        stroke: evaluate(point, 'circle-stroke-color', { props }),
        width: evaluate(point, 'circle-stroke-width', { props }),
        dot: passes(dot, { props }) ? evaluate(dot, 'circle-color', { props }) : null,
      };
    };
    expect(shape('在建')).toEqual({ fill: typeColor, stroke: white, width: 1.5, dot: null });
    expect(shape('新建')).toEqual({ fill: typeColor, stroke: white, width: 1.5, dot: white });
    expect(shape('预备')).toEqual({ fill: white, stroke: typeColor, width: 2.5, dot: null });
    expect(shape('储备')).toEqual({ fill: white, stroke: typeColor, width: 2.5, dot: typeColor });
  });

  it('national hubs are drawn above the other projects', () => {
    const point = layerById(specs(), L.point);
    const key = (type: string) => evaluate(point, 'circle-sort-key', { props: project({ type }) }) as number;
    expect(key('国家物流枢纽')).toBeGreaterThan(key('商贸服务型'));
  });

  it('a project the filters leave out disappears; the group opacity fades the rest', () => {
    const ls = specs({ group: { visible: true, opacity: 0.5 } });
    const props = project({ status: '新建' });
    for (const [id, prop] of [
      [L.halo, 'circle-opacity'],
      [L.point, 'circle-opacity'],
      [L.point, 'circle-stroke-opacity'],
      [L.dot, 'circle-opacity'],
      [L.label, 'text-opacity'],
    ] as const) {
      const l = layerById(ls, id);
      expect(evaluate(l, prop, { props, state: { out: true } }), `${id} ${prop}`).toBe(0);
      const kept = evaluate(l, prop, { props, state: { out: false } }) as number;
      expect(kept, `${id} ${prop}`).toBeGreaterThan(0);
      expect(kept, `${id} ${prop}`).toBeLessThanOrEqual(0.5);
      expect(evaluate(l, prop, { props }), `${id} ${prop} without state`).toBe(kept);
    }
    expect(evaluate(layerById(ls, L.point), 'circle-opacity', { props })).toBe(0.5);
  });

  it('a selected or hovered pin grows; presenting to a room makes pins and names larger', () => {
    const point = layerById(specs(), L.point);
    const r = (state: Record<string, unknown>) =>
      evaluate(point, 'circle-radius', { props: project(), state });
    expect(r({ selected: true })).toBeGreaterThan(r({}) as number);
    expect(r({ hover: true })).toBeGreaterThan(r({}) as number);
    const room = layerById(specs({ textScale: 1.45 }), L.point);
    expect(evaluate(room, 'circle-radius', { props: project() })).toBeGreaterThan(r({}) as number);
    const size = (k: number) => evaluate(layerById(specs({ textScale: k }), L.label), 'text-size');
    expect(size(1.45)).toBeGreaterThan(size(1) as number);
  });

  it('names a sited project by its name from zoom 10', () => {
    const label = layerById(specs(), L.label);
    expect(evaluate(label, 'text-field', { props: project() })?.toString()).toBe('鹿寨物流园');
    expect(label.minzoom).toBe(10);
  });

  it('county badges show the count, grow when selected, and are labelled in the chosen language', () => {
    const ls = specs();
    const badge = layerById(ls, L.badge);
    const props = { count: 9, label_zh: '9 个项目', label_en: '9 projects' };
    expect(evaluate(badge, 'circle-radius', { props, state: { selected: true } })).toBeGreaterThan(
      evaluate(badge, 'circle-radius', { props }) as number,
    );
    expect(evaluate(layerById(ls, L.badgeCount), 'text-field', { props })?.toString()).toBe('9');
    expect(evaluate(layerById(ls, L.badgeLabel), 'text-field', { props })?.toString()).toBe('9 个项目');
    const en = layerById(specs({ lang: 'en' }), L.badgeLabel);
    expect(evaluate(en, 'text-field', { props })?.toString()).toBe('9 projects');
    for (const l of [badge, layerById(ls, L.badgeCount), layerById(ls, L.badgeLabel)]) {
      expect((l as { source: string }).source).toBe(BADGE_SOURCE);
    }
  });

  it("a badge's count is always drawn, white on the badge; its name sits beside it in the badge colour", () => {
    const ls = specs({ group: { visible: true, opacity: 0.5 } });
    const count = layerById(ls, L.badgeCount);
    expect(evaluate(count, 'text-allow-overlap')).toBe(true);
    expect(evaluate(count, 'text-ignore-placement')).toBe(true);
    expect(evaluate(count, 'text-color')).toBe(rgba(PALETTE.halo));
    expect(evaluate(count, 'text-opacity')).toBe(0.5);
    const label = layerById(ls, L.badgeLabel);
    expect(evaluate(label, 'text-color')).toBe(rgba(PALETTE.badge));
    expect(evaluate(label, 'text-halo-color')).toBe(rgba(PALETTE.halo));
    expect(evaluate(label, 'text-halo-width')).toBeGreaterThan(0);
    expect(evaluate(label, 'text-opacity')).toBe(0.5);
    expect(evaluate(label, 'text-variable-anchor')).toEqual(['left', 'right', 'top', 'bottom']);
  });

  it('a badge is selected by its id (the badge source promotes it for the selection state)', () => {
    const src = projectsGroup.sources(makeData())[BADGE_SOURCE] as { promoteId?: string };
    expect(src.promoteId).toBe('id');
  });

  it('a hidden group hides all its layers; a shown one shows them', () => {
    for (const l of specs({ group: { visible: false, opacity: 1 } }))
      expect(l.layout?.visibility).toBe('none');
    for (const l of specs()) expect(l.layout?.visibility).toBe('visible');
  });

  it('the pins carry only what the map styles on; county-level projects become badges', () => {
    const data = makeData();
    data.projects.features.push(
      makeProject({ id: 'p-a' }),
      makeProject({ id: 'p-b', admin_county: '鹿寨县', placement_scope: 'county' }),
    );
    const sources = projectsGroup.sources(data) as Record<string, { data: GeoJSON.FeatureCollection }>;
    const pins = sources[PROJECTS_SOURCE]!.data.features;
    expect(pins.map((f) => f.properties!.id)).toEqual(['p-a', 'p-b']);
    expect(pins[0]!.properties).not.toHaveProperty('citation');
    expect(pins[0]!.properties!.type).toBe('商贸服务型');
    const badges = sources[BADGE_SOURCE]!.data.features;
    expect(badges.map((f) => [f.properties!.county, f.properties!.count])).toEqual([['鹿寨县', 1]]);
  });
});
