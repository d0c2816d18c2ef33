// Longest task on the page's main thread between two console.timeStamp() marks, read from a
// Chromium performance trace. Headless Chromium does not deliver 'longtask' observer entries,
// and a heartbeat cannot tell a long task from a thread starved of CPU on a loaded 2-core
// machine; the trace's RunTask events are what DevTools itself calls tasks.
import type { Browser, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { message?: string; functionName?: string; url?: string; lineNumber?: number };
  };
}

export async function traceMainThread<T>(
  browser: Browser,
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  const result = await work();
  const buffer = await browser.stopTracing();
  const parsed = JSON.parse(buffer.toString('utf8')) as
    { traceEvents?: TraceEvent[] } | TraceEvent[];
  return { result, events: Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []) };
}

/** Longest RunTask (ms) on the renderer main thread between the two marks; null if a mark is missing. */
export function longestTaskBetween(
  events: TraceEvent[],
  startMark: string,
  endMark: string,
): number | null {
  const stamp = (mark: string) =>
    events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === mark);
  const start = stamp(startMark);
  const end = stamp(endMark);
  if (!start || !end) return null;
  const main = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      e.pid === start.pid,
  );
  const tid = main?.tid ?? start.tid;
  let longest = 0;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== start.pid || e.tid !== tid) continue;
    if (e.ts + (e.dur ?? 0) < start.ts || e.ts > end.ts) continue;
    if ((e.dur ?? 0) / 1000 > longest) {
      longest = (e.dur ?? 0) / 1000;
      // BENCH_TRACE_DEBUG=1 prints what the longest task was made of (GC, timers, script...).
      if (process.env.BENCH_TRACE_DEBUG) {
        const inside = events.filter(
          (c) =>
            c.tid === tid &&
            c.pid === e.pid &&
            c.ts >= e.ts &&
            c.ts < e.ts + (e.dur ?? 0) &&
            c.name !== 'RunTask',
        );
        const byName = new Map<string, number>();
        for (const c of inside) byName.set(c.name, (byName.get(c.name) ?? 0) + (c.dur ?? 0) / 1000);
        console.log(
          `longest so far ${longest.toFixed(0)} ms:`,
          [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8),
        );
        // Which script ran (BENCH_NO_MINIFY=1 keeps the function names readable).
        const calls = inside
          .filter((c) => c.name === 'FunctionCall' && c.args?.data)
          .map((c) => {
            const d = c.args?.data ?? {};
            const where = `${d.functionName || '(anonymous)'} ${(d.url ?? '').split('/').pop()}:${d.lineNumber ?? ''}`;
            return [where, (c.dur ?? 0) / 1000] as const;
          })
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6);
        if (calls.length) console.log('  calls:', calls);
      }
    }
  }
  return longest;
}
