import { describe, expect, it } from 'vitest';
import { parseCpuLine, parseProcessStat, stealShare, ticksBetween } from '../../scripts/bench/host';

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

describe('bench processor time per load', () => {
  // Fields 3… of /proc/<pid>/stat: state ppid pgrp session tty tpgid flags minflt cminflt majflt
  // cmajflt utime stime …
  const PROC = (name: string, ppid: number, utime: number, stime: number) =>
    `4242 (${name}) S ${ppid} 4242 4242 0 -1 4194560 100 0 0 0 ${utime} ${stime} 0 0 20 0 9 0`;

  it('reads the parent and the user + system ticks, whatever the command name holds', () => {
    expect(parseProcessStat(PROC('chromium', 77, 120, 30))).toEqual({ ppid: '77', ticks: 150 });
    expect(parseProcessStat(PROC('a) b (c', 77, 5, 6))).toEqual({ ppid: '77', ticks: 11 });
  });

  it('knows no figures for a text that is not a process line', () => {
    expect(parseProcessStat('garbage')).toBeNull();
    expect(parseProcessStat('1 (x) S 77 1 1')).toBeNull();
    expect(parseProcessStat(PROC('x', 77, Number.NaN, 3))).toBeNull();
  });

  it('counts a process started between two readings from zero and leaves out one that ended', () => {
    const before = new Map([
      ['1', 100],
      ['2', 50],
    ]);
    const after = new Map([
      ['1', 130],
      ['3', 20],
    ]);
    expect(ticksBetween(before, after)).toBe(30 + 20);
    expect(ticksBetween(after, after)).toBe(0);
  });
});
