import { BoundedMap } from '../auth/boundedMap';

/** Only a memory guard against floods from very many addresses, far above any office's devices. */
const MAX_SOURCES = 10_000;

/**
 * How often one source (a LAN address, or "ipc:<role>") may do something within a sliding window.
 * `admit` counts the attempt and answers null, or the seconds until the oldest one leaves the window.
 */
export class SourceRate {
  private readonly times = new BoundedMap<string, number[]>(MAX_SOURCES);

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  admit(source: string, now: number): number | null {
    const recent = (this.times.get(source) ?? []).filter((at) => now - at < this.windowMs);
    this.times.set(source, recent);
    if (recent.length >= this.limit) return Math.max(1, Math.ceil(((recent[0] as number) + this.windowMs - now) / 1000));
    recent.push(now);
    return null;
  }
}
