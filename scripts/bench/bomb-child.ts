// One file through the import's read (the pipeline the worker and the CLI run), alone in its
// own process so its peak resident memory is its own: prints { code, ms, peakRssMb } as JSON.
// bench:import runs it on each bomb and, as the baseline, on the 50k list.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseImportFile } from '../../renderer/services/import/pipeline';
import { sizeFailure } from '../../renderer/services/import/read-workbook';

/**
 * The process's resident high-water mark in MB. Linux: VmHWM, which starts afresh at exec;
 * getrusage's maxRSS (the fallback elsewhere) keeps the forking parent's figure across exec, so
 * under the bench it would report the bench's own 500 MB.
 */
async function peakRss(): Promise<number> {
  const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
  const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status);
  return Number(hwm?.[1] ?? process.resourceUsage().maxRSS) / 1024;
}

async function main() {
  const path = process.argv[2] ?? '';
  const started = performance.now();
  const tooBig = sizeFailure((await stat(path)).size);
  const outcome = tooBig
    ? { ok: false as const, error: tooBig.toFailure() }
    : await parseImportFile(new Uint8Array(await readFile(path)), basename(path));
  const ms = performance.now() - started;
  const code = outcome.ok ? `read ${outcome.rows.length} rows` : outcome.error.code;
  const peakRssMb = await peakRss();
  process.stdout.write(JSON.stringify({ code, ms, peakRssMb }) + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
