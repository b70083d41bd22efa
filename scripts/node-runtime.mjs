/**
 * The Node that runs Loket outside Electron (tests, browser mode, scripts). better-sqlite3 13 is a Node-API 10
 * module: Node 20 cannot load it and crashes (exit 139) instead of failing with a message. `npm ci` installs
 * Node 24 (the major inside Electron 45) from the npm registry into node_modules/.bin (the `node` package),
 * and npm puts that folder first in PATH for every `npm run …`, `npm test` and `npx …`, so those use it
 * whatever Node runs npm itself.
 */
export const NODE_API_NEEDED = 10;

/** Why this Node cannot run Loket, or null. */
export function nodeRuntimeProblem(versions = process.versions) {
  if (Number(versions.napi) >= NODE_API_NEEDED) return null;
  return (
    `Loket needs Node 22.14 or later (Node-API ${NODE_API_NEEDED}), but this is Node ${versions.node} (Node-API ${versions.napi}). ` +
    'Run it through npm (npm test, npm run serve, npx vitest …): after npm ci, npm uses the Node 24 in node_modules/.bin.'
  );
}

/** Stops a script with the reason when started with an older Node. */
export function exitUnlessNodeRuntime() {
  const problem = nodeRuntimeProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
