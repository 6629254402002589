/** The layer panel's grouping, as the plan thinks about its content. */
import type { LayerGroupId } from '../domain/layerGroups';

export const LAYER_CATEGORIES: Array<{ id: string; title: string; groups: LayerGroupId[] }> = [
  { id: 'structure', title: 'cat.structure', groups: ['structure'] },
  { id: 'rail', title: 'cat.rail', groups: ['railport', 'rail', 'railways', 'stations'] },
  { id: 'road', title: 'cat.road', groups: ['road'] },
  { id: 'water', title: 'cat.water', groups: ['water'] },
  { id: 'air', title: 'cat.air', groups: ['air', 'airport'] },
  { id: 'channels', title: 'cat.channels', groups: ['channels', 'pipeline'] },
  { id: 'projects', title: 'cat.projects', groups: ['projects', 'hubs'] },
  { id: 'county', title: 'cat.county', groups: ['county', 'towns', 'works'] },
  { id: 'others', title: 'cat.others', groups: ['others'] },
  { id: 'base', title: 'cat.base', groups: ['counties', 'rivers'] },
  { id: 'own', title: 'cat.own', groups: ['drawings'] },
];
