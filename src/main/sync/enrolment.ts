import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { LoketError } from '../../shared/api/errors';
import { enrolResponse, PROTOCOL_VERSION, SYNC_PATHS } from '../../shared/sync/protocol';
import type { SecretStore } from './secretStore';
import type { Enrolment, SyncStore } from './syncStore';
import { freshToken } from './kioskToken';
import { exchange } from './syncTransport';
import { hashToken } from '../auth/tokens';

/** "https://kota.example/" → "https://kota.example"; only http(s) URLs are accepted. */
export function normaliseServerUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw LoketError.forField('bad_request', 'serverUrl', 'not_url', { url }, `"${url}" is not a URL; enter the city server address, e.g. https://loket.kupangkota.go.id`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw LoketError.forField('bad_request', 'serverUrl', 'url_scheme', {}, 'The city server address must start with http:// or https://');
  }
  return parsed.origin + parsed.pathname.replace(/\/+$/, '');
}

/**
 * Enrols this kiosk: a fresh Ed25519 key pair and a bearer token of its own choosing (the city gets the
 * public key and the token's hash), with the one-time code; both are kept in the secret store and never
 * leave the kiosk. A duplicated request sets the same token, so no answer can make it dead.
 */
export async function enrolKiosk(
  input: { serverUrl: string; code: string; label?: string | undefined; officeId: string | null },
  deps: { syncStore: SyncStore; secrets: SecretStore; now: () => number; timeoutMs: number; cityDate: (clockOffsetMs: number) => string },
): Promise<{ enrolment: Enrolment; clockOffsetMs: number | null }> {
  const serverUrl = normaliseServerUrl(input.serverUrl);
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const token = freshToken();
  const body = {
    protocol: PROTOCOL_VERSION,
    code: input.code,
    replicaId: deps.syncStore.replicaId(),
    requestId: randomUUID(),
    tokenHash: hashToken(token),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    label: input.label ?? hostname().slice(0, 60),
    // The city refuses a code made for another office than the one this kiosk is configured as.
    ...(input.officeId === null ? {} : { officeId: input.officeId }),
  };
  const out = await exchange(`${serverUrl}${SYNC_PATHS.enrol}`, { method: 'POST', body, timeoutMs: deps.timeoutMs }, enrolResponse, deps.now);
  if (!out.ok) {
    if (out.kind === 'network') {
      throw LoketError.forField('bad_request', 'serverUrl', 'city_unreachable', { server: serverUrl, detail: out.message }, `The city server at ${serverUrl} could not be reached: ${out.message}`);
    }
    throw LoketError.forField(out.status === 403 || out.status === 409 ? 'forbidden' : 'bad_request', 'serverUrl', 'city_refused', { pesan: out.pesan, message: out.message }, `${out.pesan} (${out.message})`);
  }
  deps.secrets.write({ token, privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() });
  const enrolment: Enrolment = {
    serverUrl,
    kioskId: out.body.kioskId,
    officeId: out.body.office.id,
    officeName: out.body.office.name,
    ...(out.body.bookingKey ? { bookingKey: out.body.bookingKey } : {}),
  };
  deps.syncStore.saveEnrolment(enrolment, out.clockOffsetMs === null ? null : deps.cityDate(out.clockOffsetMs));
  return { enrolment, clockOffsetMs: out.clockOffsetMs };
}
