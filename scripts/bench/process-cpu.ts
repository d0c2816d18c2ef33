// CPU time of this process's descendants (the browser the bench launched), per kind of
// Chromium process, from /proc (Linux): on a loaded shared machine the wall clock says more
// about the neighbours than about the code, the CPU seconds each process burned do not.
// Elsewhere (no /proc) every figure is null and the bench prints wall times only.
import { readdirSync, readFileSync } from 'node:fs';

export type CpuByKind = Record<string, number>;

const TICK_MS = 10; // USER_HZ is 100 on Linux

function stat(pid: string): { ppid: string; ms: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which sits in parentheses and may hold spaces.
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: rest[1] ?? '', ms: (Number(rest[11]) + Number(rest[12])) * TICK_MS };
  } catch {
    return null;
  }
}

function kindOf(pid: string): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    const type = args.find((a) => a.startsWith('--type='))?.slice(7);
    if (!type) return args[0]?.includes('chrom') ? 'browser' : 'other';
    const sub = args.find((a) => a.startsWith('--utility-sub-type='))?.slice(19);
    return sub ? `${type}:${sub.split('.')[0]}` : type;
  } catch {
    return 'other';
  }
}

/** Milliseconds of CPU per process kind under `root` (default: this process), or null. */
export function descendantCpu(root = String(process.pid)): CpuByKind | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  const parent = new Map<string, string>();
  const ms = new Map<string, number>();
  for (const pid of pids) {
    const s = stat(pid);
    if (!s) continue;
    parent.set(pid, s.ppid);
    ms.set(pid, s.ms);
  }
  const under = (pid: string) => {
    for (let p = parent.get(pid); p && p !== '0'; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  const out: CpuByKind = {};
  for (const pid of pids) {
    if (!under(pid)) continue;
    const kind = kindOf(pid);
    out[kind] = (out[kind] ?? 0) + (ms.get(pid) ?? 0);
  }
  return out;
}

/** The CPU burned between two readings, e.g. `renderer 12.3 s, browser 4.1 s` (largest first). */
export function cpuBetween(before: CpuByKind | null, after: CpuByKind | null): string {
  if (!before || !after) return 'cpu n/a';
  const rows = Object.entries(after)
    .map(([kind, ms]) => [kind, ms - (before[kind] ?? 0)] as const)
    .filter(([, ms]) => ms >= 100)
    .sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((n, [, ms]) => n + ms, 0);
  return `cpu ${(total / 1000).toFixed(1)} s (${rows.map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join(', ')})`;
}
