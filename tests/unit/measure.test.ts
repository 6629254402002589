import { describe, expect, it } from 'vitest';
import { areaUnits, fmt, formatLength, measure, M2_PER_MU } from '../../src/analysis/measure';

describe('measure', () => {
  it('gives great-circle lengths: 0.1° of latitude ≈ 11.12 km', () => {
    const m = measure({
      type: 'LineString',
      coordinates: [
        [109.4, 24.3],
        [109.4, 24.4],
      ],
    })!;
    expect(m.kind).toBe('length');
    expect(m.meters).toBeGreaterThan(11_110);
    expect(m.meters).toBeLessThan(11_125);
    expect(formatLength(m.meters)).toBe('11.12 km');
    expect(formatLength(850)).toBe('850 m');
  });

  it('gives spherical areas in 亩, 公顷 and km²', () => {
    // ~1 km × ~1 km at 24.3°N.
    const dLon = 1 / (111.32 * Math.cos((24.3 * Math.PI) / 180));
    const dLat = 1 / 110.6;
    const ring: Array<[number, number]> = [
      [109.4, 24.3],
      [109.4 + dLon, 24.3],
      [109.4 + dLon, 24.3 + dLat],
      [109.4, 24.3 + dLat],
      [109.4, 24.3],
    ];
    const m = measure({ type: 'Polygon', coordinates: [ring] })!;
    expect(m.squareMeters! / 1e6).toBeGreaterThan(0.99);
    expect(m.squareMeters! / 1e6).toBeLessThan(1.01);
    const u = areaUnits(1e6);
    expect(u).toEqual({ mu: 1500, hectares: 100, km2: 1 });
    expect(M2_PER_MU).toBeCloseTo(666.667, 3);
    expect(measure({ type: 'Point', coordinates: [109, 24] })).toBeNull();
  });

  it('a polygon also gives its perimeter; lengths switch to km at 1 km and to two decimals at 10 km', () => {
    const ring: Array<[number, number]> = [
      [109.4, 24.3],
      [109.4, 24.4],
      [109.5, 24.4],
      [109.4, 24.3],
    ];
    const m = measure({ type: 'Polygon', coordinates: [ring] })!;
    expect(m.kind).toBe('area');
    const side = measure({ type: 'LineString', coordinates: ring })!.meters;
    expect(m.meters).toBeCloseTo(side, 6);
    expect(m.meters).toBeGreaterThan(30_000);
    expect(formatLength(999)).toBe('999 m');
    expect(formatLength(1000)).toBe('1.000 km');
    expect(formatLength(9999)).toBe('9.999 km');
    expect(formatLength(10_000)).toBe('10.00 km');
  });

  it('formats numbers with grouping and at most the given decimals', () => {
    expect(fmt(12345.678)).toBe('12,345.68');
    expect(fmt(12345.678, 0)).toBe('12,346');
    expect(fmt(2)).toBe('2');
  });
});
