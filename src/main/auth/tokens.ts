import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../shared/api/contract';
import type { Store } from '../store/store';

/** Tokens are long random secrets; only their SHA-256 is stored, so a copied database reveals none. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** `zone`: a display's zone of the building (docs/agencies.md); null for the whole building. */
export function mintToken(store: Store, role: Role, counterNumber: number | null, label: string, now = Date.now(), zone: string | null = null): string {
  if (role === 'counter' && counterNumber === null) throw new Error('a counter token needs the counter number');
  const token = randomBytes(32).toString('base64url');
  store.transaction(() => store.tokens.insert(hashToken(token), { role, counterNumber, label, zone }, now));
  return token;
}
