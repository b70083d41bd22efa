import { safeStorage } from 'electron';
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSecretStore, parseSecrets, type SecretStore, type SyncSecrets } from '../sync/secretStore';

/**
 * The city-sync secrets encrypted with the OS key store (DPAPI on Windows, the keyring or libsecret on
 * Linux) through Electron's safeStorage, in <data>/city-sync.secret.bin (0600).
 */
export class SafeStorageSecretStore implements SecretStore {
  readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'city-sync.secret.bin');
  }

  read(): SyncSecrets | null {
    if (!existsSync(this.path)) return null;
    return parseSecrets(safeStorage.decryptString(readFileSync(this.path)), this.path);
  }

  write(secrets: SyncSecrets): void {
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, safeStorage.encryptString(JSON.stringify(secrets)), { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, this.path);
  }

  clear(): void {
    rmSync(this.path, { force: true });
  }
}

/**
 * safeStorage when the OS offers real encryption; otherwise (Linux without a keyring, where Electron
 * would only obfuscate) the 0600 file of browser mode. Secrets written by browser mode are moved over.
 */
export function createShellSecretStore(dataDir: string): SecretStore {
  const file = new FileSecretStore(dataDir);
  const weak = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  if (!safeStorage.isEncryptionAvailable() || weak) {
    console.warn('[shell] no OS key store available; the city-sync secrets stay in a 0600 file');
    return file;
  }
  const store = new SafeStorageSecretStore(dataDir);
  const previous = file.read();
  if (previous && !existsSync(store.path)) {
    store.write(previous);
    file.clear();
  }
  return store;
}
