import { randomBytes, randomInt } from 'node:crypto';
import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import type { Clock } from '../core/clock';
import { mintToken } from './tokens';
import type { Store } from '../store/store';
import type { Caller } from './caller';
import { BoundedMap } from './boundedMap';
import type { SecurityLog } from './securityLog';
import type { OfficeConfig } from '../../shared/config/officeConfig';
import { displayZoneView } from '../../shared/config/displayZones';

const PAIRING_MS = 10 * 60_000;
/** Codes one address may show at once; a device that reloads replaces its own oldest code. */
const PENDING_PER_SOURCE = 3;
/** Requests one address may make in a window: a device asks about once per code's life, a few more when reloaded. */
const REQUESTS_PER_SOURCE = 10;
const REQUEST_WINDOW_MS = 10 * 60_000;
/** Only a memory guard against floods from very many addresses, far above any office's devices. */
const MAX_PENDING = 1_000;
const MAX_SOURCES = 10_000;

interface PendingPairing {
  requestId: string;
  code: string;
  role: 'kiosk' | 'display';
  label: string;
  source: string;
  expiresAt: number;
  token: string | null;
}

/**
 * Pairing a kiosk or display once: the device shows a short code, a supervisor enters it, and the
 * device then receives its own long-lived token. Requests live in memory only; they expire in minutes.
 * Limits are per address, so a flood from one host never keeps real TVs and tablets from pairing.
 */
export class Pairing {
  private readonly pending = new Map<string, PendingPairing>();
  /** When each address's requests in the window were accepted, oldest first. */
  private readonly requests = new BoundedMap<string, number[]>(MAX_SOURCES);

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly security: SecurityLog,
    private readonly config: () => OfficeConfig,
  ) {}

  /** A zone given to a display must be one the configuration lists; null is the whole building. */
  private checkZone(zone: string | null, role: string): void {
    if (zone === null) return;
    if (role !== 'display') throw new LoketError('bad_request', `Only a display has a zone; this device is a ${role}.`);
    const zones = this.config().display.zones ?? [];
    if (!zones.some((z) => z.id === zone)) {
      const known = zones.map((z) => z.id).join(', ');
      throw new LoketError('bad_request', `"${zone}" is not a display zone of this office${known ? ` (zones: ${known})` : '; it lists none'}.`);
    }
  }

  private prune(now: number): void {
    for (const [id, p] of this.pending) if (p.expiresAt <= now) this.pending.delete(id);
  }

  request(input: ParsedInput<'devices.pairRequest'>, caller: Caller): MethodOutput<'devices.pairRequest'> {
    const source = caller.source ?? caller.via;
    const now = this.clock.now();
    this.prune(now);
    this.admit(source, now);
    const own = [...this.pending.values()].filter((p) => p.source === source && p.token === null);
    if (own.length >= PENDING_PER_SOURCE) {
      const oldest = own.reduce((a, b) => (b.expiresAt < a.expiresAt ? b : a));
      this.pending.delete(oldest.requestId);
    }
    const codes = new Set([...this.pending.values()].map((p) => p.code));
    let code: string;
    do code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    while (codes.has(code));
    const entry: PendingPairing = {
      requestId: randomBytes(24).toString('base64url'),
      code,
      role: input.role,
      label: input.label,
      source,
      expiresAt: now + PAIRING_MS,
      token: null,
    };
    this.pending.set(entry.requestId, entry);
    return { requestId: entry.requestId, code, expiresAt: entry.expiresAt };
  }

  /** Refuses a request over this address's rate, or over the memory guard; otherwise counts it. */
  private admit(source: string, now: number): void {
    const times = (this.requests.get(source) ?? []).filter((at) => now - at < REQUEST_WINDOW_MS);
    this.requests.set(source, times);
    if (times.length >= REQUESTS_PER_SOURCE) {
      const retryAfterSeconds = Math.ceil(((times[0] as number) + REQUEST_WINDOW_MS - now) / 1000);
      this.security.record('pairing_refused', source, `more than ${REQUESTS_PER_SOURCE} pairing requests in 10 minutes; refused for ${retryAfterSeconds} s`);
      throw new LoketError('locked', `Too many pairing requests from this address; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, undefined, {
        retryAfterSeconds,
      });
    }
    if (this.pending.size >= MAX_PENDING) {
      this.security.record('limit_reached', source, `${MAX_PENDING} pairing codes are waiting; new requests refused`);
      throw new LoketError('locked', 'Too many devices are waiting to be paired; try again in a few minutes.', undefined, { retryAfterSeconds: 60 });
    }
    times.push(now);
  }

  status(input: ParsedInput<'devices.pairStatus'>): MethodOutput<'devices.pairStatus'> {
    this.prune(this.clock.now());
    const entry = this.pending.get(input.requestId);
    if (!entry) return { status: 'expired', token: null };
    if (entry.token === null) return { status: 'pending', token: null };
    this.pending.delete(entry.requestId);
    return { status: 'approved', token: entry.token };
  }

  approve(input: ParsedInput<'devices.approve'>, caller: Caller): MethodOutput<'devices.approve'> {
    const now = this.clock.now();
    this.prune(now);
    const entry = [...this.pending.values()].find((p) => p.code === input.code && p.token === null);
    if (!entry) throw new LoketError('not_found', `No device is waiting with code ${input.code}; codes expire after 10 minutes.`);
    const zone = input.zone ?? null;
    this.checkZone(zone, entry.role);
    entry.token = mintToken(this.store, entry.role, null, entry.label, now, zone);
    this.store.transaction(() =>
      this.store.audit.append(now, caller.session?.staffName ?? 'supervisor', 'device.paired', { role: entry.role, label: entry.label, zone }),
    );
    return { role: entry.role, label: entry.label, ...(zone !== null ? { zone } : {}) };
  }

  list(): MethodOutput<'devices.list'> {
    return this.store.tokens.list().map((d) => ({ id: d.id, role: d.role, label: d.label, zone: d.zone, createdAt: d.createdAt }));
  }

  setZone(input: ParsedInput<'devices.setZone'>, caller: Caller): MethodOutput<'devices.setZone'> {
    this.checkZone(input.zone, 'display');
    const now = this.clock.now();
    return this.store.transaction(() => {
      if (!this.store.tokens.setZone(input.id, input.zone)) throw new LoketError('not_found', `There is no paired display ${input.id}.`);
      this.store.audit.append(now, caller.session?.staffName ?? 'supervisor', 'device.zone', { id: input.id, zone: input.zone });
      return { id: input.id, zone: input.zone };
    });
  }

  /** The calling display's zone; a display without one, or in an office without zones, sees the building. */
  zoneOf(caller: Caller): MethodOutput<'devices.zone'> {
    const config = this.config();
    if (caller.zone === undefined || (config.display.zones ?? []).length === 0) return { zone: null };
    return { zone: displayZoneView(config, caller.zone) };
  }

  revoke(input: ParsedInput<'devices.revoke'>, caller: Caller): MethodOutput<'devices.revoke'> {
    const now = this.clock.now();
    return this.store.transaction(() => {
      if (!this.store.tokens.revoke(input.id, now)) throw new LoketError('not_found', `There is no active device ${input.id}.`);
      this.store.audit.append(now, caller.session?.staffName ?? 'supervisor', 'device.revoked', { id: input.id });
      return { revoked: true };
    });
  }
}
