import { z } from 'zod';
import { localDate } from '../api/dateField';

/**
 * "Seberapa ramai sekarang?": what an office tells the city about its queue right now
 * (`POST /api/sync/v1/live-snapshot`, kiosk token), at most once a minute while it is online. Per service
 * the people waiting and the estimated wait of a new ticket; per active ticket with a phone code its public
 * progress, keyed by the SHA-256 of the code (never the code, never a name), so the ticket's phone page also
 * opens at the city. A snapshot is only "now": an office offline sends nothing and catches nothing up; each
 * snapshot replaces the one before, and the city forgets the tickets when their service day is over.
 */
export const LIVE_SNAPSHOT_PATH = '/api/sync/v1/live-snapshot';

export const LIVE_SNAPSHOT_LIMITS = {
  /** The office sends at most this often. */
  minIntervalMs: 60_000,
  /** Older than this, the city shows a snapshot as old, not as the current queue (quiet offices cycle every 5 minutes). */
  freshForMs: 10 * 60_000,
  /** Active tickets of one office at one moment; far above any office. */
  maxTickets: 5_000,
  maxServices: 40,
  /** About 200 bytes a ticket. */
  maxBodyBytes: 2 * 1024 * 1024,
} as const;

/** Tickets still in the queue: the ones a phone follows. */
export const LIVE_TICKET_STATES = ['waiting', 'called', 'serving', 'held'] as const;

/** The lower-case hex SHA-256 of the phone code in its stored form (normalizePhoneCode): how the city finds a ticket by its code. */
export const phoneCodeHash = z.string().regex(/^[0-9a-f]{64}$/, 'must be the hex SHA-256 of a phone code');

const minutes = z.number().min(0).max(24 * 60);
const name = z.object({ id: z.string().min(1).max(200), en: z.string().min(1).max(200) }).strict();

export const liveService = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]{0,15}$/, 'must be a service code'),
    name,
    /** Whether it takes numbers now (open, not paused, quota left). */
    open: z.boolean(),
    waiting: z.int().min(0).max(LIVE_SNAPSHOT_LIMITS.maxTickets),
    /** Minutes a ticket taken now would wait; null without a counter open for it. */
    estimatedWaitMinutes: minutes.nullable(),
  })
  .strict();
export type LiveService = z.infer<typeof liveService>;

export const liveTicket = z
  .object({
    codeHash: phoneCodeHash,
    label: z.string().min(1).max(20),
    serviceCode: z.string().regex(/^[A-Z][A-Z0-9_]{0,15}$/, 'must be a service code'),
    state: z.enum(LIVE_TICKET_STATES),
    /** People called before it (waiting tickets only). */
    aheadCount: z.int().min(0).max(LIVE_SNAPSHOT_LIMITS.maxTickets).nullable(),
    estimatedWaitMinutes: minutes.nullable(),
    /** The counter while it is called or served there. */
    counterNumber: z.int().min(1).max(999).nullable(),
    counterName: z.string().max(60).nullable(),
  })
  .strict();
export type LiveTicket = z.infer<typeof liveTicket>;

export const liveSnapshotRequest = z
  .object({
    officeId: z.string().min(1).max(40),
    /** The office's service day (YYYY-MM-DD): the tickets' codes expire with it. */
    serviceDay: localDate,
    /** When the office read its queue (epoch ms, the office's clock). */
    takenAt: z.int().min(0),
    /** When the service day ends at the office (epoch ms): the city opens none of its tickets after it. */
    expiresAt: z.int().min(0),
    services: z.array(liveService).max(LIVE_SNAPSHOT_LIMITS.maxServices),
    tickets: z.array(liveTicket).max(LIVE_SNAPSHOT_LIMITS.maxTickets),
  })
  .strict()
  .refine((r) => r.expiresAt > r.takenAt, { message: 'must be after takenAt', path: ['expiresAt'] })
  .refine((r) => new Set(r.services.map((s) => s.code)).size === r.services.length, { message: 'a service appears twice', path: ['services'] })
  .refine((r) => new Set(r.tickets.map((t) => t.codeHash)).size === r.tickets.length, { message: 'a code hash appears twice', path: ['tickets'] });
export type LiveSnapshotRequest = z.infer<typeof liveSnapshotRequest>;

export const liveSnapshotResponse = z.object({
  ok: z.literal(true),
  officeId: z.string(),
  /** False when the city already held this snapshot or a newer one (nothing changed). */
  stored: z.boolean(),
});
export type LiveSnapshotResponse = z.infer<typeof liveSnapshotResponse>;
