import { randomBytes, randomInt } from 'node:crypto';
import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import type { Clock } from '../core/clock';
import { mintToken } from '../lan/tokens';
import type { Store } from '../store/store';
import type { Caller } from '../api/dispatcher';

const PAIRING_MS = 10 * 60_000;
const MAX_PENDING = 20;

interface PendingPairing {
  requestId: string;
  code: string;
  role: 'kiosk' | 'display';
  label: string;
  expiresAt: number;
  token: string | null;
}

/**
 * Pairing a kiosk or display once: the device shows a short code, a supervisor enters it, and the
 * device then receives its own long-lived token. Requests live in memory only; they expire in minutes.
 */
export class Pairing {
  private readonly pending = new Map<string, PendingPairing>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  private prune(now: number): void {
    for (const [id, p] of this.pending) if (p.expiresAt <= now) this.pending.delete(id);
  }

  request(input: ParsedInput<'devices.pairRequest'>): MethodOutput<'devices.pairRequest'> {
    const now = this.clock.now();
    this.prune(now);
    if (this.pending.size >= MAX_PENDING) {
      throw new LoketError('locked', 'Too many devices are waiting to be paired; try again in a few minutes.');
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
      expiresAt: now + PAIRING_MS,
      token: null,
    };
    this.pending.set(entry.requestId, entry);
    return { requestId: entry.requestId, code, expiresAt: entry.expiresAt };
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
    entry.token = mintToken(this.store, entry.role, null, entry.label, now);
    this.store.transaction(() =>
      this.store.audit.append(now, caller.session?.staffName ?? 'supervisor', 'device.paired', { role: entry.role, label: entry.label }),
    );
    return { role: entry.role, label: entry.label };
  }

  list(): MethodOutput<'devices.list'> {
    return this.store.tokens.list().map((d) => ({ id: d.id, role: d.role, label: d.label, createdAt: d.createdAt }));
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
