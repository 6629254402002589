/**
 * The layer builder as the map uses it: an unchanged state gives back the very same layers (so the
 * map is not touched), and any change a group reads — its own state, a new input, a peer's toggle —
 * reaches that group's layers.
 */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LAYER_GROUP_IDS, createLayerBuilder, groupById, type GroupInputs } from '../../src/layers';
import { groupInputsFrom } from '../../src/layers/inputs';
import { PLACE_LABELS_LAYER } from '../../src/layers/labels';
import type { GroupState, LayerGroupId } from '../../src/domain/layerGroups';
import { defaultLayers } from '../../src/state/layersSlice';
import { evaluate, layerById, passes, type Probe } from './styleEval';

const LAYERS = defaultLayers();
const inputsFor = (patch: Partial<Record<LayerGroupId, GroupState>> = {}): GroupInputs =>
  groupInputsFrom({ layers: { ...LAYERS, ...patch }, lang: 'zh' });
const projectName: Probe = { props: { group: 'projects', role: 'label', text: '柳州港', rank: 1 } };
const namesShown = (ls: LayerSpecification[]) => passes(layerById(ls, PLACE_LABELS_LAYER), projectName);

describe('layer builder', () => {
  it('finds each group by its id', () => {
    for (const id of LAYER_GROUP_IDS) expect(groupById(id).id).toBe(id);
  });

  it('the same state, computed again, gives back the very same layers', () => {
    const build = createLayerBuilder();
    const first = build(inputsFor());
    // A fresh inputs object: the place names' peer states are a new object with the same entries.
    expect(build(inputsFor())).toBe(first);
    expect(build(inputsFor())).toBe(first);
  });

  it("a change rebuilds only what reads it; a peer's toggle reaches the place names", () => {
    const build = createLayerBuilder();
    const before = build(inputsFor());
    expect(namesShown(before)).toBe(true);
    const hidden = build(inputsFor({ projects: { visible: false, opacity: 1 } }));
    expect(hidden).not.toBe(before);
    expect(namesShown(hidden)).toBe(false);
    // Untouched groups keep their layer objects.
    expect(layerById(hidden, 'stations-circle')).toBe(layerById(before, 'stations-circle'));
    expect(namesShown(build(inputsFor()))).toBe(true);
  });

  it('an empty overlay stays hidden until filled, without rebuilding in between', () => {
    const build = createLayerBuilder();
    const state = (placemark: boolean) =>
      groupInputsFrom({
        layers: LAYERS,
        lang: 'zh',
        filled: { placemark, tools: false, drawings: false },
      });
    // Without a record of what is filled, each overlay follows its own toggle.
    const unrecorded = groupInputsFrom({ layers: LAYERS, lang: 'zh' });
    for (const id of ['placemark', 'tools', 'drawings'] as const)
      expect(unrecorded[id].group.visible, id).toBe(LAYERS[id].visible);
    expect(LAYERS.drawings.visible).toBe(true);
    const empty = build(state(false));
    expect(build(state(false))).toBe(empty);
    expect(layerById(empty, 'place-mark-fill').layout?.visibility).toBe('none');
    expect(layerById(build(state(true)), 'place-mark-fill').layout?.visibility).toBe('visible');
  });

  it('a group whose input gains an entry, or whose peers gain one, is rebuilt', () => {
    const build = createLayerBuilder();
    const plain = inputsFor();
    const { underlay: _u, ...noUnderlay } = plain.counties;
    const peers = { ...plain.labels.peers };
    delete peers.projects;
    build({ ...plain, counties: noUnderlay, labels: { ...plain.labels, peers } });
    const fill = (ls: LayerSpecification[]) => evaluate(layerById(ls, 'counties-fill'), 'fill-opacity');
    const next = build({ ...plain, counties: { ...noUnderlay, underlay: true } });
    expect(fill(next)).toBeLessThan(1);
    expect(namesShown(next)).toBe(true);
  });
});
