import { z } from 'zod';
import { officeId } from '../office/officeId';
import { localDate } from '../api/dateField';
import { requestId, tokenHash } from './kioskToken';
import { SYNC_LIMITS } from './limits';
import { isMetricName, MAX_METRIC_LENGTH } from './metricName';

/**
 * Version 1 of the push protocol between a kiosk and the city server. Every row is an absolute daily
 * value; the server keeps the greater of what it has and what it gets, so retries, duplicates and
 * reordering are harmless.
 */
export const PROTOCOL_VERSION = 1;

/** Every answer of the city server carries its clock (ms since epoch): kiosks compare theirs with it. */
export const SERVER_TIME_HEADER = 'x-loket-server-time';

export const SYNC_PATHS = {
  ping: '/api/sync/v1/ping',
  enrol: '/api/sync/v1/enrol',
  push: '/api/sync/v1/push',
  rotate: '/api/sync/v1/rotate',
} as const;

export const isoDate = localDate.refine((d) => d >= SYNC_LIMITS.earliestDate, `must not be before ${SYNC_LIMITS.earliestDate}`);

export const counterRow = z
  .object({
    date: isoDate,
    metric: z.string().max(MAX_METRIC_LENGTH).refine(isMetricName, 'is not a known metric name (see the protocol grammar)'),
    value: z.int().min(0, 'must not be negative').max(SYNC_LIMITS.maxValue),
  })
  .strict();
export type CounterRowInput = z.infer<typeof counterRow>;

export const replicaId = z.uuid('must be a UUID');

const rowsSchema = (max: number) =>
  z
    .array(counterRow)
    .max(max, `at most ${max} rows per batch`)
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((r, i) => {
        const key = `${r.date}|${r.metric}`;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `${r.date} ${r.metric} appears twice in the batch` });
        seen.add(key);
      });
    });

export const pushRequest = z
  .object({
    protocol: z.literal(PROTOCOL_VERSION),
    replicaId,
    /** The kiosk's change sequence this batch was read up to; echoed back as the acknowledgement. */
    through: z.int().min(0).max(SYNC_LIMITS.maxValue),
    /** The kiosk's clock when it sent the batch (ms since epoch), to catch a clock that jumped ahead. */
    sentAt: z.int().min(0),
    rows: rowsSchema(SYNC_LIMITS.maxRowsPerBatch),
  })
  .strict();
export type PushRequest = z.infer<typeof pushRequest>;

export const olderRow = z.object({ date: z.string(), metric: z.string(), value: z.int(), stored: z.int() });
export type OlderRow = z.infer<typeof olderRow>;

/** A row the city refuses on its own (a value no office of this size can reach, a date it cannot take), with why. */
export const refusedRow = z.object({ date: z.string(), metric: z.string(), value: z.number(), reason: z.string() });
export type RefusedRow = z.infer<typeof refusedRow>;

export const pushResponse = z.object({
  ok: z.literal(true),
  protocol: z.literal(PROTOCOL_VERSION),
  acknowledgedThrough: z.int(),
  /** Rows whose value rose. */
  applied: z.int(),
  /** Rows equal to what the server had (a retry or an unchanged value). */
  unchanged: z.int(),
  /** Rows lower than stored, from a batch older than one already applied (a delayed duplicate): kept as they were. */
  older: z.array(olderRow),
  olderCount: z.int(),
  /** The city administrator asked this kiosk to rotate its token. */
  rotateToken: z.boolean(),
});
export type PushResponse = z.infer<typeof pushResponse>;

export const enrolRequest = z
  .object({
    protocol: z.literal(PROTOCOL_VERSION),
    code: z.string().trim().toUpperCase().regex(/^[A-Z2-9]{4}-?[A-Z2-9]{4}-?[A-Z2-9]{4}$/, 'must be the code shown on the city server, e.g. ABCD-EFGH-JKLM'),
    replicaId,
    requestId,
    /** The token the kiosk chose, hashed (kioskToken.ts). */
    tokenHash,
    /** Ed25519 public key, SPKI DER in base64: the server verifies the kiosk's USB files with it. */
    publicKey: z.base64().min(40).max(200),
    label: z.string().trim().min(1).max(60),
    /** The office id in the kiosk's configuration; a code made for another office is refused (wrong_office). */
    officeId: officeId.optional(),
  })
  .strict();
export type EnrolRequest = z.infer<typeof enrolRequest>;

export const enrolResponse = z.object({
  ok: z.literal(true),
  requestId,
  kioskId: z.string(),
  office: z.object({ id: z.string(), name: z.string() }),
  /** The city's booking public key (Ed25519, SPKI DER, base64): the office checks bookings with it offline. Absent from older servers. */
  bookingKey: z.base64().min(40).max(200).optional(),
});
export type EnrolResponse = z.infer<typeof enrolResponse>;

/** A new token for the calling kiosk, signed with the kiosk's own key; the current token works until the new one is used. */
export const rotateRequest = z
  .object({
    protocol: z.literal(PROTOCOL_VERSION),
    requestId,
    tokenHash,
    /** Ed25519 over rotationMessage(replicaId, requestId, tokenHash), base64. */
    signature: z.base64().min(80).max(100),
  })
  .strict();
export type RotateRequest = z.infer<typeof rotateRequest>;

export const rotateResponse = z.object({ ok: z.literal(true), requestId });

export const pingResponse = z.object({ ok: z.literal(true), protocol: z.literal(PROTOCOL_VERSION), serverTime: z.int() });

/** Every refusal, with its HTTP status. `reenrol` codes tell the kiosk its credential is gone for good. */
export const SYNC_ERROR_STATUS = {
  bad_request: 400,
  unsupported_protocol: 400,
  reenrol_required: 401,
  enrolment_code_invalid: 403,
  not_found: 404,
  counts_went_backwards: 409,
  replica_mismatch: 409,
  kiosk_revoked: 409,
  wrong_office: 409,
  payload_too_large: 413,
  invalid_rows: 422,
  date_in_future: 422,
  clock_ahead: 422,
  bad_signature: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type SyncErrorCode = keyof typeof SYNC_ERROR_STATUS;
export const SYNC_ERROR_CODES = Object.keys(SYNC_ERROR_STATUS) as [SyncErrorCode, ...SyncErrorCode[]];

export const syncErrorBody = z.object({
  ok: z.literal(false),
  error: z.object({
    code: z.enum(SYNC_ERROR_CODES),
    /** English, for the operator and logs. */
    message: z.string(),
    /** Bahasa Indonesia, shown to the kiosk's supervisor. */
    pesan: z.string(),
    problems: z.array(z.string()).optional(),
    rows: z.array(olderRow).optional(),
    /**
     * invalid_rows and date_in_future: each refused row with its reason. Nothing of the push was stored; the
     * kiosk sets these rows aside (the supervisor sees them) and sends the others again.
     */
    refused: z.array(refusedRow).optional(),
  }),
});
export type SyncErrorBody = z.infer<typeof syncErrorBody>;

/** Errors after which retrying the same request can succeed (the kiosk backs off and tries again). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}
