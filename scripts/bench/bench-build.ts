// Builds a bench page with Vite. Every page is the same small HTML around one module of
// renderer/bench/, so the pages are written from one template here, at build time (git ignores
// them), and served at /bench/<page>.html.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'vite';

const ENTRIES = {
  records: 'records-bench.ts',
  import: 'import-bench.ts',
  plan: 'plan-bench.ts',
  backup: 'backup-bench.ts',
  kpi: 'kpi-bench.ts',
} as const;

export type BenchPage = keyof typeof ENTRIES;

function pageHtml(page: BenchPage): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <title>${page} bench</title>
  </head>
  <body>
    <p id="status">${page} bench</p>
    <div id="rows"></div>
    <script type="module" src="./${ENTRIES[page]}"></script>
  </body>
</html>
`;
}

/** The page into `outDir`, with the app's own page (renderer/index.html) when `withApp`. */
export async function buildBench(outDir: string, page: BenchPage, withApp = false): Promise<void> {
  const file = resolve(`renderer/bench/${page}.html`);
  await writeFile(file, pageHtml(page));
  const input: Record<string, string> = { [page]: file };
  if (withApp) input.main = resolve('renderer/index.html');
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    // BENCH_NO_MINIFY=1: readable function names in traces (BENCH_TRACE_DEBUG), not for figures.
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input },
      ...(process.env.BENCH_NO_MINIFY ? { minify: false } : {}),
    },
  });
}
