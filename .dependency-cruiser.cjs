// The layer rules of docs/architecture.md, checked by `npm run lint:layers` in CI (.ci/run).
// Type-only imports count (tsPreCompilationDeps): a type that points upward ties the layers as much as a value.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-imports-nothing-of-ours',
      comment: 'src/shared is pure TypeScript for main, preload, renderer and server alike: it imports only itself (and packages).',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^(src/|package\\.json$)', pathNot: '^src/shared/' },
    },
    {
      name: 'core-imports-shared-and-store-only',
      comment:
        'The queue rules see only shared types and the store. Whatever else must hear of a change (stats, screens) ' +
        'subscribes to the core\'s events in the composition root, src/main/office.ts.',
      severity: 'error',
      from: { path: '^src/main/core/' },
      to: { path: '^(src/|package\\.json$)', pathNot: '^src/(shared|main/store|main/core)/' },
    },
    {
      name: 'core-reads-store-interfaces-only',
      comment: 'The core is handed a Store by the composition root; it names the store\'s types, never builds or calls a store module of its own.',
      severity: 'error',
      from: { path: '^src/main/core/' },
      to: { path: '^src/main/store/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'store-below-the-logic',
      comment:
        'The store holds rows and SQL; what arithmetic it needs lives in shared or in the store. ' +
        'Below it only durability: the data folder\'s lock, backups and integrity check.',
      severity: 'error',
      from: { path: '^src/main/store/' },
      to: { path: '^(src/|package\\.json$)', pathNot: '^src/(shared|main/store|main/durability)/' },
    },
    {
      name: 'durability-holds-the-data-folder-only',
      comment: 'The lock, backups, integrity check and disk health sit below the store; they know nothing of the office above them.',
      severity: 'error',
      from: { path: '^src/main/durability/' },
      to: { path: '^(src/|package\\.json$)', pathNot: '^src/(shared|main/durability)/' },
    },
    {
      name: 'services-below-the-dispatcher',
      comment: 'Services are called by the dispatcher and the transports; what they share with them lives below them (auth, shared).',
      severity: 'error',
      from: { path: '^src/main/(stats|printing|printer|settings|sync|update|config|speech|phone|booking)/' },
      to: { path: '^src/main/(api|lan)/' },
    },
    {
      name: 'composition-root-from-the-entries-only',
      comment: 'office.ts knows every layer; only the two entries build the office from it (tests build it too, outside src).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/main/(index|serve)\\.ts$' },
      to: { path: '^src/main/office\\.ts$' },
    },
    {
      name: 'auth-below-the-transports',
      comment: 'Callers, sessions and tokens live in auth, below the dispatcher, the LAN server and the shell that use them.',
      severity: 'error',
      from: { path: '^src/main/auth/' },
      to: { path: '^src/main/(api|lan|shell|settings|sync|stats|printing|printer)/' },
    },
    {
      name: 'printer-knows-bytes-not-the-queue',
      comment: 'The printer turns a ticket into ESC/POS bytes and sends them; it imports nothing of the office but shared.',
      severity: 'error',
      from: { path: '^src/main/printer/' },
      to: { path: '^src/main/', pathNot: '^src/main/printer/' },
    },
    {
      name: 'electron-only-in-shell-and-entries',
      comment: 'Everything else runs under plain Node (npm run serve, the tests): Electron only in the shell, src/main/index.ts and the preload.',
      severity: 'error',
      from: { pathNot: '^src/(main/shell/|main/index\\.ts$|preload/)' },
      to: { path: '^node_modules/electron(-updater)?/' },
    },
    {
      name: 'shell-on-top',
      comment: 'The Electron shell sits on top: only the Electron entry imports it; what the API needs from it is declared in api/shellControls.ts.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/main/(shell/|index\\.ts$)' },
      to: { path: '^src/main/shell/' },
    },
    {
      name: 'node-below-both-programs',
      comment: 'src/node holds Node-only code the office and the city server share (the slow secret hash); it imports only shared.',
      severity: 'error',
      from: { path: '^src/node/' },
      to: { path: '^(src/|package\\.json$)', pathNot: '^src/(shared|node)/' },
    },
    {
      name: 'renderer-not-main-or-server',
      comment: 'Screens reach the office only through the API contract (src/shared) and the preload bridge.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { path: '^src/(main|server|node)/' },
    },
    {
      name: 'server-not-main',
      comment: 'The city server is its own program; it shares only src/shared with the office.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/(main|preload|renderer)/' },
    },
    {
      name: 'no-cycles',
      comment: 'Layers point one way: no module reaches itself again through its imports.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import the cruiser cannot resolve would escape every rule above.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Resolve packages as the bundler and the type checker do (types and "exports" conditions).
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
