import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the kiosk must keep secret for the city sync: its bearer token and its USB-file signing key. */
export interface SyncSecrets {
  token: string;
  /** Ed25519 private key, PKCS#8 PEM. */
  privateKeyPem: string;
  /** A token rotation sent but not yet answered: kept, so it is sent again exactly as it was. */
  pendingRotation?: { requestId: string; token: string };
}

/** The secrets read back from their file, or an error naming the file when it is damaged. */
export function parseSecrets(text: string, path: string): SyncSecrets {
  const parsed = JSON.parse(text) as Partial<SyncSecrets>;
  if (typeof parsed.token !== 'string' || typeof parsed.privateKeyPem !== 'string') {
    throw new Error(`${path} is damaged; enrol the kiosk again.`);
  }
  const pending = parsed.pendingRotation;
  const rotation = pending && typeof pending.requestId === 'string' && typeof pending.token === 'string' ? { pendingRotation: { requestId: pending.requestId, token: pending.token } } : {};
  return { token: parsed.token, privateKeyPem: parsed.privateKeyPem, ...rotation };
}

/**
 * Where the secrets live. Electron keeps them with safeStorage (the shell provides that
 * implementation); browser mode uses a protected file.
 */
export interface SecretStore {
  read(): SyncSecrets | null;
  write(secrets: SyncSecrets): void;
  clear(): void;
}

/** Browser mode: a JSON file readable by the Loket user only (0600), replaced atomically. */
export class FileSecretStore implements SecretStore {
  readonly path: string;

  constructor(dataDir: string, fileName = 'city-sync.secret.json') {
    this.path = join(dataDir, fileName);
  }

  read(): SyncSecrets | null {
    if (!existsSync(this.path)) return null;
    return parseSecrets(readFileSync(this.path, 'utf8'), this.path);
  }

  write(secrets: SyncSecrets): void {
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, JSON.stringify(secrets), { mode: 0o600 });
    // mode only applies when the file is created; a leftover tmp file must not keep wider rights.
    chmodSync(tmp, 0o600);
    renameSync(tmp, this.path);
  }

  clear(): void {
    rmSync(this.path, { force: true });
  }
}
