/**
 * How much processor time the virtual machine's host kept for itself (steal) while a case ran, read
 * from Linux's /proc/stat. A busy host slows the app and the bare page unevenly from one round to
 * the next, so the bench's ratios are only comparable between runs with little steal.
 */
import { readFileSync } from 'node:fs';

export interface CpuTimes {
  steal: number;
  total: number;
}

/** Parses the first (all processors) line of /proc/stat; null where there is none. */
export function parseCpuLine(stat: string): CpuTimes | null {
  const line = stat.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) return null;
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  if (fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return null;
  // user nice system idle iowait irq softirq steal [guest guest_nice, already counted in user/nice]
  const counted = fields.slice(0, 8);
  return { steal: counted[7]!, total: counted.reduce((a, b) => a + b, 0) };
}

export function cpuTimes(): CpuTimes | null {
  try {
    return parseCpuLine(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null; // not Linux
  }
}

/** Steal as a share of all processor time between two readings (null if unknown). */
export function stealShare(before: CpuTimes | null, after: CpuTimes | null): number | null {
  if (!before || !after || after.total <= before.total) return null;
  return (after.steal - before.steal) / (after.total - before.total);
}
