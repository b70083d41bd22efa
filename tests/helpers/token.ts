import { mintToken } from '../../src/main/auth/tokens';
import { Store } from '../../src/main/store/store';
import type { Role } from '../../src/shared/api/contract';

/** Mints a LAN credential straight into an office's data folder, as `npm run token` does. */
export function mintTestToken(dataDir: string, role: Role, counter: number | null = null): string {
  const store = Store.open(dataDir);
  try {
    return mintToken(store, role, counter, `test ${role}`);
  } finally {
    store.close();
  }
}
