import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../../src/main/store/store';
import { makeTempDir } from '../../helpers/tempDir';

let dir: ReturnType<typeof makeTempDir>;
let store: Store;
afterEach(() => {
  store.close();
  dir.remove();
});

describe('checkpointing the WAL while the office is idle', () => {
  it('waits for a quiet moment, then folds the WAL into the database and truncates it', () => {
    dir = makeTempDir();
    store = Store.open(dir.path);
    store.transaction(() => store.meta.set('k', 'v'.repeat(10_000)));
    const wal = join(dir.path, 'loket.sqlite-wal');
    expect(statSync(wal).size).toBeGreaterThan(0);
    expect(store.checkpointWhenIdle(60_000)).toBe(false);
    expect(statSync(wal).size).toBeGreaterThan(0);
    expect(store.checkpointWhenIdle(0)).toBe(true);
    expect(statSync(wal).size).toBe(0);
    expect(store.meta.get('k')).toHaveLength(10_000);
  });
});
