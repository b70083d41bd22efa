import { createPrivateKey, randomBytes, sign } from 'node:crypto';
import { rotationMessage } from '../../shared/sync/kioskToken';

/** A new bearer token of the kiosk's own choosing (256 bits); only its hash (lan/tokens.ts hashToken) ever leaves the kiosk. */
export function freshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The rotation's proof that it comes from the kiosk that enrolled (its Ed25519 key), base64. */
export function signRotation(privateKeyPem: string, replicaId: string, requestId: string, tokenHash: string): string {
  return sign(null, Buffer.from(rotationMessage(replicaId, requestId, tokenHash)), createPrivateKey(privateKeyPem)).toString('base64');
}
