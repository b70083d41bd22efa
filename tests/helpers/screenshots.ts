import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the end-to-end tests leave their screenshots, to be looked at after a run (and copied into
 * docs/screenshots when a screen changes): LOKET_SHOTS_DIR, else one folder in the system's temp dir.
 */
export const SHOTS = process.env.LOKET_SHOTS_DIR ?? join(tmpdir(), 'loket-shots');
mkdirSync(SHOTS, { recursive: true });
