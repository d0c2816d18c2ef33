// The import arrows of the architecture (ARCHITECTURE.md, "Layout") as ONE
// eslint-plugin-boundaries rule.
//
// Layers are declared once, by folder glob, in `layers` below; every ban is a policy in
// `policies`. Why one rule and not `no-restricted-imports` blocks: in flat config a later block
// that sets the same rule REPLACES the earlier options, so a file-specific block silently
// dropped the layer bans (electron/main/ipc.ts and the preload lost theirs). Here a
// file-specific exception is a policy with a `file: { path }` selector inside the same list,
// so it can only add to the bans. Do not configure `boundaries/dependencies` anywhere else.
//
// Policies are read in order and the LAST one that matches a dependency decides, so each
// carve-out (`allow`) sits right after the broad ban it narrows, and narrower bans come after
// carve-outs they must win over. Anything no policy matches is allowed.
import boundaries from 'eslint-plugin-boundaries';

/** Folder globs from the repository root (partialMatch: false), most specific first. */
const layers = [
  { type: 'shared-ipc', pattern: 'shared/ipc' },
  { type: 'shared-domain', pattern: 'shared/domain' },
  // Anything else under shared/ (a text catalogue, future shared modules) is still shared.
  { type: 'shared-other', pattern: 'shared' },
  { type: 'electron', pattern: 'electron' },
  { type: 'renderer-db', pattern: 'renderer/db' },
  { type: 'renderer-services', pattern: 'renderer/services' },
  { type: 'renderer-ui', pattern: 'renderer/ui' },
  { type: 'renderer-feature', pattern: 'renderer/features/*', capture: ['feature'] },
  { type: 'renderer-app', pattern: 'renderer/app' },
  // renderer/bench, entry files at renderer/ root.
  { type: 'renderer-other', pattern: 'renderer' },
  { type: 'scripts', pattern: 'scripts' },
  { type: 'tests', pattern: 'tests' },
  // Everything else (root config files, other folders), so that bans without a `from`
  // (dexie) reach every file: the plugin skips files that belong to no layer.
  { type: 'other', pattern: '**' },
].map((layer) => ({ ...layer, partialMatch: false }));

const SHARED = 'shared-*';
const RENDERER = 'renderer-*';
const local = { module: { origin: 'local' } };
const pkg = (...names) => ({ module: { source: names } });
const nodeBuiltins = { module: { origin: 'core' } };
const from = (type, extra = {}) => ({ element: { type }, ...extra });
const to = (type, extra = {}) => ({ element: { type, ...extra } });

const policies = [
  // shared/ is pure TypeScript: it imports nothing local outside shared/ ...
  {
    from: from(SHARED),
    disallow: { to: local },
    message: 'shared/ imports nothing outside shared/.',
  },
  { from: from(SHARED), allow: { to: to(SHARED) } },
  // ... and inside shared/ the contract depends on the domain, never the other way round.
  {
    from: from('shared-domain'),
    disallow: { to: to('shared-ipc') },
    message: 'shared/domain must not import shared/ipc: the contract depends on the domain.',
  },
  {
    from: from(SHARED),
    disallow: {
      to: pkg('electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'xlsx', 'antd'),
    },
    message: 'shared/ is pure TypeScript: no Electron, React, Dexie, SheetJS or antd.',
  },
  {
    from: from([SHARED, RENDERER]),
    disallow: { to: nodeBuiltins },
    message: 'shared/ and the renderer never use Node built-ins.',
  },

  // electron/ imports only shared/ and never the renderer stack.
  {
    from: from('electron'),
    disallow: { to: local },
    message: 'electron/ imports only shared/.',
  },
  { from: from('electron'), allow: { to: to(SHARED) } },
  {
    from: from('electron'),
    disallow: { to: pkg('react', 'react-dom', 'antd', 'dexie', 'dexie-react-hooks') },
    message: 'electron/ never touches the renderer stack or business records.',
  },
  // Raw IPC stays in the two files that own it; a file selector ADDS the ban elsewhere.
  {
    from: from('electron', { file: { path: '!electron/main/ipc.ts' } }),
    disallow: { to: pkg('electron'), dependency: { specifiers: 'ipcMain' } },
    message: 'ipcMain lives only in electron/main/ipc.ts.',
  },
  {
    from: from('electron', { file: { path: '!electron/preload/index.ts' } }),
    disallow: { to: pkg('electron'), dependency: { specifiers: 'ipcRenderer' } },
    message: 'ipcRenderer lives only in electron/preload/index.ts.',
  },

  // The renderer reaches the host only through HostApi.
  {
    from: from(RENDERER),
    disallow: [{ to: pkg('electron') }, { to: to('electron') }],
    message: 'The renderer reaches the host only through HostApi (shared/ipc).',
  },

  // Arrows inside the renderer: app → features → db/repositories, services, ui → shared.
  {
    from: from(['renderer-ui', 'renderer-services', 'renderer-db']),
    disallow: { to: to(['renderer-feature', 'renderer-app']) },
    message: 'Arrows point into ui/services/db, never out to features or the app shell.',
  },
  {
    from: from('renderer-ui'),
    disallow: { to: to('renderer-db') },
    message: 'renderer/ui shows what it is given: read records in the feature, pass them as props.',
  },
  {
    from: from('renderer-db'),
    disallow: { to: to('renderer-services') },
    message: 'renderer/db is storage: services call repositories, not the other way round.',
  },
  {
    from: from('renderer-feature'),
    disallow: { to: to('renderer-app') },
    message: 'Features do not reach into the app shell; shared pieces go to services/ or ui/.',
  },
  {
    // Imports inside one feature are internal and never checked, so this hits only others.
    from: from('renderer-feature'),
    disallow: { to: to('renderer-feature') },
    message: 'A feature never imports another feature: move the shared piece to ui/ or services/.',
  },
  {
    from: from('renderer-feature'),
    disallow: {
      to: to('renderer-db', { fileInternalPath: ['app-db.ts', 'migrations/**'] }),
      dependency: { kind: 'value' },
    },
    message: 'Only repositories touch Dexie tables (type imports of app-db are fine).',
  },

  // Dexie itself only under renderer/db. Tests and scripts go through the repositories;
  // a test that needs a raw database (an older or newer schema) gets it from the test-only
  // helpers in renderer/db/testing, which live under db/ for exactly this reason.
  {
    disallow: { to: pkg('dexie', 'dexie/**') },
    message: 'Only renderer/db imports dexie; tests use renderer/db/testing helpers.',
  },
  { from: from('renderer-db'), allow: { to: pkg('dexie', 'dexie/**') } },
];

export const boundariesConfig = {
  files: ['**/*.{ts,tsx,js,mjs,cjs}'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': layers,
    // Imports are written without extensions; resolve them the way TypeScript does.
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] } },
    'boundaries/legacy-templates': false,
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      { default: 'allow', checkAllOrigins: true, checkUnknownLocals: true, policies },
    ],
  },
};
