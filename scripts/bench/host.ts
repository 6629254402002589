/**
 * Processor time as Linux's /proc tells it: how much the virtual machine's host kept for itself
 * (steal) while a case ran, and how much the launched browser's processes used during one load. A
 * busy host slows the app and the bare page unevenly from one round to the next, so the bench's
 * wall-time ratios are only comparable between runs with little steal; the processes' own time does
 * not include the steal.
 */
import { readdirSync, readFileSync } from 'node:fs';

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

/**
 * Parent pid and processor time (user + system, in clock ticks) of one process, from the text of
 * /proc/<pid>/stat; null if the text is not that. The command name (second field) may hold spaces and
 * parentheses, so the fields are counted after its last ')'.
 */
export function parseProcessStat(stat: string): { ppid: string; ticks: number } | null {
  const end = stat.lastIndexOf(') ');
  if (end < 0) return null;
  // rest[0] is field 3 (state), rest[1] field 4 (ppid); utime and stime are fields 14 and 15.
  const rest = stat.slice(end + 2).split(' ');
  const [ppid, utime, stime] = [rest[1], Number(rest[11]), Number(rest[12])];
  if (!ppid || !/^\d+$/.test(ppid) || !Number.isInteger(utime) || !Number.isInteger(stime)) return null;
  return { ppid, ticks: utime + stime };
}

interface ProcessInfo {
  cmdline: string;
  ppid: string;
  ticks: number;
}

/**
 * The readable processes whose command line passes `keep`, by pid; null where there is no /proc. The
 * command line is read first, so the others' stat is never parsed.
 */
function processes(keep: (cmdline: string) => boolean = () => true): Map<string, ProcessInfo> | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null; // not Linux
  }
  const out = new Map<string, ProcessInfo>();
  for (const pid of pids) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!keep(cmdline)) continue;
      const stat = parseProcessStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      if (stat) out.set(pid, { cmdline, ...stat });
    } catch {
      // the process ended between the listing and the reading
    }
  }
  return out;
}

/**
 * The profile folder argument of the browser this process launched: every process of that browser
 * (GPU, network, renderers) names it on its command line, and no other browser does.
 */
export function launchedBrowserMarker(): string | null {
  for (const p of processes((cmdline) => cmdline.includes('--user-data-dir='))?.values() ?? []) {
    if (p.ppid !== String(process.pid)) continue;
    const arg = p.cmdline.split('\0').find((a) => a.startsWith('--user-data-dir='));
    if (arg) return arg;
  }
  return null;
}

/** Ticks of every process whose command line holds `marker`, by pid; null where there is no /proc. */
export function processTicks(marker: string): Map<string, number> | null {
  const mine = processes((cmdline) => cmdline.includes(marker));
  return mine && new Map([...mine].map(([pid, p]) => [pid, p.ticks]));
}

/**
 * Ticks used between two readings: a process started in between counts from zero, one that ended in
 * between is left out (its last share cannot be read any more).
 */
export function ticksBetween(before: Map<string, number>, after: Map<string, number>): number {
  let sum = 0;
  for (const [pid, t] of after) sum += t - (before.get(pid) ?? 0);
  return sum;
}

/** Linux counts process time in ticks of 1/100 s (USER_HZ) on every architecture Node runs on. */
export const MS_PER_TICK = 10;
