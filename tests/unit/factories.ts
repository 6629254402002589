/** Small fixtures built by factory functions: only what a test sets differs from a plain default. */
import type { PlanItemFeature, ProjectFeature } from '../../src/domain/data';
import { EMPTY_FILTERS, type ProjectFilters } from '../../src/domain/filters';
import type { ProjectProps } from '../../src/domain/schema';

let n = 0;

export function makeProject(
  props: Partial<ProjectProps> = {},
  coords: [number, number] = [109.4, 24.3],
): ProjectFeature {
  n += 1;
  return {
    type: 'Feature',
    id: props.id ?? `p-${String(n).padStart(2, '0')}`,
    geometry: { type: 'Point', coordinates: coords },
    properties: {
      id: `p-${String(n).padStart(2, '0')}`,
      name: `项目${n}`,
      table: '柳南区',
      admin_county: '柳南区',
      seq: n,
      type: '商贸服务型',
      status: '在建',
      scale_text: null,
      summary: null,
      area_mu: null,
      floor_area_m2: null,
      investment_yi: null,
      location_text: null,
      location_quality: 'approximate',
      location_basis: '规划所述位置',
      location_basis_en: 'where the plan places it',
      citation: { file: '000_77204c780cdc6062.txt', line: 1, section: '附表' },
      mentions: [],
      ...props,
    },
  };
}

export const makeFilters = (patch: Partial<ProjectFilters> = {}): ProjectFilters => ({
  ...EMPTY_FILTERS,
  ...patch,
});

export function makePointItem(coords: [number, number], name = '站点'): PlanItemFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: coords },
    properties: { name } as unknown as PlanItemFeature['properties'],
  };
}
