// The layer bans of eslint.boundaries.js, checked by planting one violating import per rule
// at a path inside each layer and linting it with the repository's own config. ESLint's
// lintText takes the path without a file on disk, so nothing is written to the tree. The
// imported targets are real files, found by folder at run time (the plugin can only place a
// target in a layer once it resolves), so the test keeps working when files move inside a
// layer. A clean import at the same path must pass, so a ban that fires everywhere fails too.
import { readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const RULE = 'boundaries/dependencies';

/** The first source file (sorted, depth first) under a folder, as a repository path. */
function someFile(folder: string): string {
  const entries = readdirSync(join(root, folder), { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const file = entries.find(
    (e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'),
  );
  if (file) return posix.join(folder, file.name);
  for (const dir of entries.filter((e) => e.isDirectory())) {
    try {
      return someFile(posix.join(folder, dir.name));
    } catch {
      // an empty sub-folder; try the next one
    }
  }
  throw new Error(`no source file under ${folder}`);
}

/** A relative, extensionless specifier from `fromFile` to `target`, as the code writes them. */
function spec(fromFile: string, target: string): string {
  const rel = relative(dirname(fromFile), target.replace(/\.tsx?$/, ''))
    .split('\\')
    .join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

const features = readdirSync(join(root, 'renderer/features'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const [featureA, featureB] = features as [string, string];

interface Case {
  rule: string;
  path: string;
  /** Module specifier, or a function of the planted path for local targets. */
  bad: string | ((path: string) => string);
  clean: string | ((path: string) => string);
  /** Imported names (bad, clean): the ipc bans are about the name, not the module. */
  names?: [string, string];
}

const domainFile = () => someFile('shared/domain');
const local = (folder: () => string) => (path: string) => spec(path, folder());
/** A rule whose clean import is a shared/domain file: a file of `badFolder` is the planted one. */
const againstDomain = (rule: string, path: string, badFolder: string): Case => ({
  rule,
  path,
  bad: local(() => someFile(badFolder)),
  clean: local(domainFile),
});
/** `bad` imported in `path`, a file of electron/ whose clean import is `allowed` from electron. */
const bannedModuleIn = (path: string, bad: string, allowed: string): Case => ({
  rule: `${bad} in ${path}`,
  path,
  bad,
  clean: 'electron',
  names: ['planted', allowed],
});

const cases: Case[] = [
  againstDomain('ui → db', 'renderer/ui/__planted__/x.ts', 'renderer/db'),
  againstDomain('shared → outside shared (renderer)', 'shared/__planted__/x.ts', 'renderer/ui'),
  againstDomain('shared → outside shared (electron)', 'shared/domain/__planted__/x.ts', 'electron'),
  againstDomain('shared/domain → shared/ipc', 'shared/domain/__planted__/x.ts', 'shared/ipc'),
  {
    rule: 'db → services',
    path: 'renderer/db/__planted__/x.ts',
    bad: local(() => someFile('renderer/services')),
    clean: 'dexie',
  },
  {
    rule: 'feature → another feature',
    path: `renderer/features/${featureA}/__planted__.ts`,
    bad: local(() => someFile(`renderer/features/${featureB}`)),
    clean: local(() => someFile(`renderer/features/${featureA}`)),
  },
  ...['scripts/__planted__.ts', 'tests/__planted__.ts', 'renderer/services/__planted__.ts'].map(
    (path): Case => ({
      rule: 'dexie outside renderer/db',
      path,
      bad: 'dexie',
      clean: local(() => someFile('renderer/db/repositories')),
    }),
  ),
  {
    rule: 'dexie outside renderer/db (feature)',
    path: `renderer/features/${featureA}/__planted__.ts`,
    bad: 'dexie',
    clean: 'dexie-react-hooks',
  },
  ...['react', 'react-dom', 'antd', 'dexie'].map((name): Case => ({
    rule: `${name} in electron/`,
    path: 'electron/main/__planted__.ts',
    bad: name,
    clean: local(() => someFile('shared/ipc')),
  })),
  ...[
    'renderer/ui/__planted__.ts',
    `renderer/features/${featureA}/__planted__.ts`,
    'renderer/__planted__.ts',
    'shared/__planted__.ts',
    'shared/ipc/__planted__.ts',
  ].map((path): Case => ({
    rule: 'electron in renderer/ or shared/',
    path,
    bad: 'electron',
    clean: 'zod',
  })),
  // Bans carried over from the earlier no-restricted-imports blocks.
  ...['shared/domain/__planted__.ts', 'renderer/services/__planted__.ts'].map((path): Case => ({
    rule: 'Node built-ins in shared/ or renderer/',
    path,
    bad: 'node:fs',
    clean: 'zod',
  })),
  {
    rule: 'electron/ → renderer/',
    path: 'electron/main/__planted__.ts',
    bad: local(() => someFile('renderer/services')),
    clean: local(() => someFile('shared/ipc')),
  },
  {
    rule: 'ui → a feature',
    path: 'renderer/ui/__planted__.ts',
    bad: local(() => someFile(`renderer/features/${featureA}`)),
    clean: local(() => someFile('renderer/services')),
  },
  {
    rule: 'services → the app shell',
    path: 'renderer/services/__planted__.ts',
    bad: local(() => someFile('renderer/app')),
    clean: local(() => someFile('renderer/db/repositories')),
  },
  {
    rule: 'feature → the app shell',
    path: `renderer/features/${featureA}/__planted__.ts`,
    bad: local(() => someFile('renderer/app')),
    clean: local(() => someFile('renderer/ui')),
  },
  {
    rule: 'feature → db tables (value import of app-db)',
    path: `renderer/features/${featureA}/__planted__.ts`,
    bad: local(() => 'renderer/db/app-db.ts'),
    clean: local(() => someFile('renderer/db/repositories')),
  },
  // Files with an exception of their own keep every other ban (a later config block used to
  // replace them).
  bannedModuleIn('electron/main/ipc.ts', 'react', 'ipcMain'),
  bannedModuleIn('electron/preload/index.ts', 'dexie', 'ipcRenderer'),
  {
    rule: 'ipcRenderer outside the preload',
    path: 'electron/main/ipc.ts',
    bad: 'electron',
    clean: 'electron',
    names: ['ipcRenderer', 'ipcMain'],
  },
  {
    rule: 'ipcMain outside electron/main/ipc.ts',
    path: 'electron/preload/index.ts',
    bad: 'electron',
    clean: 'electron',
    names: ['ipcMain', 'ipcRenderer'],
  },
];

let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // The first run loads the config, parser and plugins; pay for it outside the timed cases.
  await eslint.lintText('export {};\n', { filePath: join(root, 'shared/__planted__.ts') });
}, 60_000);

async function lint(path: string, specifier: string, name = 'planted'): Promise<string[]> {
  const code = `import { ${name} } from '${specifier}';\nexport { ${name} };\n`;
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).map((m) => `${m.severity === 2 ? 'error' : 'warn'} ${m.ruleId}`);
}

describe('layer boundaries (eslint.boundaries.js)', () => {
  it('finds two features to plant a cross-feature import between', () => {
    expect(features.length).toBeGreaterThanOrEqual(2);
  });

  it.each(cases)('$rule: an error at $path, a clean import there passes', async (c) => {
    const bad = typeof c.bad === 'string' ? c.bad : c.bad(c.path);
    const clean = typeof c.clean === 'string' ? c.clean : c.clean(c.path);
    expect(await lint(c.path, bad, c.names?.[0])).toEqual([`error ${RULE}`]);
    expect(await lint(c.path, clean, c.names?.[1])).toEqual([]);
  });

  it('no file-specific block changes the boundaries rule: blocks can add bans, never drop them', async () => {
    const paths = [
      'renderer/ui/x.ts',
      'renderer/features/x/x.tsx',
      'electron/main/ipc.ts',
      'electron/preload/index.ts',
      'shared/domain/x.ts',
      'scripts/x.ts',
      'tests/x.test.ts',
      'x.config.ts',
    ];
    const configs = await Promise.all(
      paths.map(async (p) => (await eslint.calculateConfigForFile(join(root, p))).rules?.[RULE]),
    );
    expect(configs[0]).toBeDefined();
    for (const config of configs) expect(config).toEqual(configs[0]);
  });
});
