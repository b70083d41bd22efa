import { randomUUID } from 'node:crypto';
import { PROTOCOL_VERSION, rotateResponse, SYNC_PATHS } from '../../shared/sync/protocol';
import { freshToken, signRotation } from './kioskToken';
import type { SecretStore } from './secretStore';
import { exchange, type Exchange } from './syncTransport';
import { hashToken } from '../auth/tokens';

type Failure = Exclude<Exchange<unknown>, { ok: true }>;

export interface RotationDeps {
  secrets: SecretStore;
  replicaId: string;
  timeoutMs: number;
  now: () => number;
}

/**
 * The city asked for a new token. The rotation (its request id and the new token) is saved before it is
 * sent, and sent again exactly as it was until an answer arrives: a lost reply is retried at the next
 * push (the city keeps asking until the new token is used), never abandoned. On the answer the new token
 * replaces the old one; the old one works on the city until the new one is first used.
 */
export async function rotateKioskToken(serverUrl: string, deps: RotationDeps): Promise<Failure | null> {
  const current = deps.secrets.read();
  if (!current) return null;
  const pending = current.pendingRotation ?? { requestId: randomUUID(), token: freshToken() };
  if (!current.pendingRotation) deps.secrets.write({ ...current, pendingRotation: pending });
  const tokenHash = hashToken(pending.token);
  const body = {
    protocol: PROTOCOL_VERSION,
    requestId: pending.requestId,
    tokenHash,
    signature: signRotation(current.privateKeyPem, deps.replicaId, pending.requestId, tokenHash),
  };
  const out = await exchange(`${serverUrl}${SYNC_PATHS.rotate}`, { method: 'POST', token: current.token, body, timeoutMs: deps.timeoutMs }, rotateResponse, deps.now);
  if (!out.ok) return out;
  deps.secrets.write({ token: pending.token, privateKeyPem: current.privateKeyPem });
  return null;
}
