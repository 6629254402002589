import { describe, expect, it } from 'vitest';
import { parseCpuLine, stealShare } from '../../scripts/bench/host';

const STAT = (user: number, idle: number, steal: number) =>
  `cpu  ${user} 0 10 ${idle} 0 0 0 ${steal} 40 0\ncpu0 1 2 3 4 5 6 7 8 9 10\nintr 1\n`;

describe('bench host steal', () => {
  it('reads the all-processors line, without the guest time already counted in user', () => {
    expect(parseCpuLine(STAT(100, 500, 30))).toEqual({ steal: 30, total: 640 });
  });

  it('knows no figures where there is no such line or it is broken', () => {
    expect(parseCpuLine('intr 1\n')).toBeNull();
    expect(parseCpuLine('cpu  1 2 3\n')).toBeNull();
    expect(parseCpuLine('cpu  1 2 3 4 5 6 7 x 9 10\n')).toBeNull();
  });

  it('gives steal as a share of the time between two readings', () => {
    const a = parseCpuLine(STAT(100, 500, 30));
    const b = parseCpuLine(STAT(170, 520, 40));
    expect(stealShare(a, b)).toBeCloseTo(10 / 100);
    expect(stealShare(a, a)).toBeNull();
    expect(stealShare(null, b)).toBeNull();
  });
});
