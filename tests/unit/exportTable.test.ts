import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProjectFeature } from '../../src/domain/data';
import { pdfProjectRow, projectsCsv, projectsGeoJson, qualityLabel } from '../../src/io/exportTable';
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

  it('CSV carries lon/lat columns, the location quality and basis in the user language', () => {
    const [head, row] = projectsCsv(projects.slice(0, 1), 'en').trim().split('\r\n');
    const cols = head!.split(',');
    const cells = row!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    const at = (h: string) => cells[cols.indexOf(`"${h}"`)];
    const [lon, lat] = projects[0]!.geometry.coordinates as number[];
    expect(Number(at('经度（WGS84）'))).toBe(lon);
    expect(Number(at('纬度（WGS84）'))).toBe(lat);
    expect(at('位置精度')).toBe('"Approximate"');
    expect(projectsCsv(projects.slice(0, 1), 'zh')).toContain('"近似"');
    expect(at('定位依据')).toContain(
      projects[0]!.properties.location_basis_en ?? projects[0]!.properties.location_basis,
    );
  });

  it('one quality label for every export, saying when a place is known only to its district/county', () => {
    const county = projects.find((p) => p.properties.placement_scope === 'county')!.properties;
    const sited = projects.find((p) => p.properties.placement_scope !== 'county')!.properties;
    expect(qualityLabel(county, 'zh')).toBe('近似');
    expect(qualityLabel(county, 'zh', { withScope: true })).toBe('近似 · 仅到区县');
    expect(qualityLabel(county, 'en', { withScope: true })).toBe('Approximate · district/county only');
    expect(qualityLabel(sited, 'zh', { withScope: true })).toBe('近似');
  });

  it('the PDF table names type and status in the user language, numbers as stated, silence said', () => {
    const first = projects[0]!; // 柳州西鹅铁路物流中心: 4,300 亩, investment not stated
    expect(pdfProjectRow(first, 'zh')).toEqual({
      name: '柳州西鹅铁路物流中心',
      table: '柳南区',
      type: '国家物流枢纽',
      status: '在建',
      area: '4,300',
      investment: '规划未载明',
      quality: '近似',
    });
    expect(pdfProjectRow(first, 'en')).toMatchObject({
      table: '柳南区',
      type: 'National logistics hub',
      status: 'Under construction',
      investment: 'Not stated in the plan',
      quality: 'Approximate',
    });
    const withMoney = projects.find((p) => p.properties.investment_yi !== null)!;
    expect(pdfProjectRow(withMoney, 'en').investment).toBe(String(withMoney.properties.investment_yi));
    const county = projects.find((p) => p.properties.placement_scope === 'county')!;
    expect(pdfProjectRow(county, 'en').quality).toBe('Approximate · district/county only');
  });

  it('GeoJSON keeps every attribute and the citation as an object, plus lon/lat', () => {
    const gj = JSON.parse(projectsGeoJson(projects.slice(0, 2)));
    expect(gj.type).toBe('FeatureCollection');
    expect(gj.features[0].properties.citation.line).toBe(645);
    expect(typeof gj.features[0].properties.citation).toBe('object');
    expect(gj.features[0].properties.mentions.every((m: unknown) => typeof m === 'object')).toBe(true);
    expect(gj.features[0].properties.lon).toBe(projects[0]!.geometry.coordinates[0]);
    expect(gj.features[0].properties.location_basis).toBe(projects[0]!.properties.location_basis);
  });

  it('picks a round scale-bar length that fits', () => {
    expect(scaleBarLength(100)).toEqual({ meters: 10000, px: 100 });
    expect(scaleBarLength(37).meters).toBe(5000);
    expect(scaleBarLength(37).px).toBeLessThanOrEqual(140);
  });
});
