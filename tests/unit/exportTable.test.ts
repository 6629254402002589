import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProjectFeature } from '../../src/domain/data';
import { projectsCsv, projectsGeoJson } from '../../src/io/exportTable';
import { scaleBarLength } from '../../src/io/exportFigure';

const projects = (
  JSON.parse(readFileSync('data/plan/projects.geojson', 'utf8')) as { features: ProjectFeature[] }
).features;

describe('data exports', () => {
  it('CSV is UTF-8 with a BOM, one row per project, quoting text that holds commas and quotes', () => {
    const csv = projectsCsv(projects.slice(0, 3));
    expect(csv.startsWith('\uFEFF"编号","项目名称"')).toBe(true);
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toContain('"柳州西鹅铁路物流中心"');
    expect(rows[1]).toContain(',4300,');
    const tricky = { ...projects[0]!, properties: { ...projects[0]!.properties, summary: 'a,"b"\nc' } };
    expect(projectsCsv([tricky])).toContain('"a,""b""\nc"');
  });

  it('GeoJSON keeps every attribute and the citation', () => {
    const gj = JSON.parse(projectsGeoJson(projects.slice(0, 2)));
    expect(gj.type).toBe('FeatureCollection');
    expect(gj.features[0].properties.citation.line).toBe(645);
  });

  it('picks a round scale-bar length that fits', () => {
    expect(scaleBarLength(100)).toEqual({ meters: 10000, px: 100 });
    expect(scaleBarLength(37).meters).toBe(5000);
    expect(scaleBarLength(37).px).toBeLessThanOrEqual(140);
  });
});
