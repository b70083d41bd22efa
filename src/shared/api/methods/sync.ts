import { z } from 'zod';
import { localDate } from '../dateField';
import { empty, method, type MethodSpec } from '../method';

/** The city sync as the supervisor sees it: status, enrolment, a push now, and the USB file. */

/** What the supervisor can do about a failure or a row set aside; the panel says it in words. */
export const SYNC_ACTIONS = ['wait', 'reenrol', 'fix_clock', 'confirm_date', 'update_loket', 'ask_city_admin', 'restart_loket'] as const;
export type SyncAction = (typeof SYNC_ACTIONS)[number];

const syncError = z.object({
  code: z.string(),
  message: z.string(),
  pesan: z.string(),
  status: z.int().nullable(),
  at: z.int(),
  /** The city server refused, the network failed, or the push failed on this kiosk itself. */
  where: z.enum(['city', 'network', 'kiosk']),
  /** The rows being sent when it failed (every row behind them waits too); null when it failed before reading any. */
  rows: z.object({ count: z.int(), from: z.string(), to: z.string() }).nullable(),
  action: z.enum(SYNC_ACTIONS),
});
export type SyncErrorView = z.infer<typeof syncError>;

/** A counter row the city refused, kept on the kiosk with the city's reason; rows behind it are sent. */
const setAsideRow = z.object({
  date: z.string(),
  metric: z.string(),
  value: z.int(),
  /** invalid_rows or date_in_future; the panel names it in both languages. */
  code: z.string(),
  /** The city's reason for this row, in English as the city gives it. */
  reason: z.string(),
  at: z.int(),
  action: z.enum(SYNC_ACTIONS),
});

/** How many of the rows set aside sync.status lists (its count covers them all). */
export const SET_ASIDE_LISTED = 50;

/** Rows the kiosk holds itself because their date may come from a wrong clock (shared/sync/clock.ts). */
export const DATE_UNCONFIRMED = 'date_unconfirmed';
/** The codes of rows held for their date: the kiosk's own hold, and the city's refusal of a future date. */
export const DATE_CODES = [DATE_UNCONFIRMED, 'date_in_future'] as const;
/** How many held dates sync.status lists. */
export const HELD_DATES_LISTED = 60;

const heldDate = z.object({
  date: z.string(),
  code: z.enum(DATE_CODES),
  rows: z.int(),
  reason: z.string(),
  /** Before the city's date at enrolment: the supervisor may confirm it as right; a later date can only be moved or dropped. */
  beforeEnrolment: z.boolean(),
});

const clockView = z.object({
  /** The city's clock minus this kiosk's at the last answer (ms); null before any answer carried the city's time. */
  offsetMs: z.int().nullable(),
  checkedAt: z.int().nullable(),
  /** The difference is beyond CLOCK_WARN_MS: the supervisor should set the computer's date and time. */
  off: z.boolean(),
  /** The city's service date now, by this kiosk's clock corrected with the offset. */
  cityToday: z.string().nullable(),
  /** The city's date at this installation's first enrolment. */
  enrolledOn: z.string().nullable(),
  /** The service day in use, and the one the kiosk's clock says now: a day opened by a clock that ran ahead stays in use until moved. */
  serviceDate: z.string().nullable(),
  clockServiceDate: z.string().nullable(),
});


export const syncStatusView = z.object({
  enrolled: z.boolean(),
  state: z.enum(['not_enrolled', 'idle', 'pushing', 'waiting_retry', 'offline', 'reenrol_required', 'stopped']),
  serverUrl: z.string().nullable(),
  office: z.object({ id: z.string(), name: z.string() }).nullable(),
  kioskId: z.string().nullable(),
  replicaId: z.string(),
  lastSuccessAt: z.int().nullable(),
  /** Rows waiting to be sent, without the rows set aside. */
  rowsPending: z.int(),
  /** The service days those rows belong to, and the oldest of them. */
  pendingDays: z.object({ count: z.int(), oldest: z.string().nullable() }),
  /** Rows the city refused for their figures, kept aside until the supervisor sends them again (sync.resendSetAside). */
  setAside: z.object({ count: z.int(), rows: z.array(setAsideRow).max(SET_ASIDE_LISTED) }),
  /** Rows waiting for the supervisor's word on their date (sync.confirmDates, serviceDay.move), and their dates, oldest first. */
  held: z.object({ rows: z.int(), dates: z.array(heldDate).max(HELD_DATES_LISTED) }),
  clock: clockView,
  /** The last failure, on the city server, the network or this kiosk; null once a push succeeds. */
  lastError: syncError.nullable(),
  nextAttemptAt: z.int().nullable(),
});

export type SyncStatusView = z.infer<typeof syncStatusView>;

export const syncMethods = {
  'sync.status': method({
    summary:
      "City sync: enrolment, last successful push, rows waiting to be sent, rows the city refused (set aside, with its reason), and the last failure, local or remote, with the rows it concerns and what to do.",
    input: empty,
    output: syncStatusView,
    roles: ['supervisor'],
    mutates: false,
    example: {},
  }),
  'sync.enrol': method({
    summary: 'Enrol this kiosk with the city server using the one-time code from the city administrator.',
    input: z
      .object({
        serverUrl: z.string().trim().min(8).max(200),
        code: z.string().trim().min(12).max(20),
        label: z.string().trim().min(1).max(60).optional(),
      })
      .strict(),
    output: syncStatusView,
    roles: ['supervisor'],
    mutates: true,
    example: { serverUrl: 'http://127.0.0.1:5180', code: 'K7QM-3ZPA-W8RT', label: 'Kios Dukcapil' },
  }),
  'sync.pushNow': method({
    summary: 'Push every pending count to the city server now, without waiting for the next retry.',
    input: empty,
    output: z.object({ ok: z.boolean(), pushedRows: z.int(), rowsPending: z.int(), rowsSetAside: z.int(), error: syncError.nullable() }),
    roles: ['supervisor'],
    mutates: true,
    example: {},
  }),
  'sync.resendSetAside': method({
    summary:
      'Send the rows the city refused again (after the clock was fixed or the city administrator checked them): they join the end of the queue and a push starts.',
    input: empty,
    output: z.object({ rows: z.int() }),
    roles: ['supervisor'],
    mutates: true,
    example: {},
  }),
  'sync.confirmDates': method({
    summary:
      "The supervisor's word on dates held back because a wrong clock may have made them: \"send\" confirms days before the enrolment as right and sends their rows; \"drop\" removes the rows from the queue for good (they stay in this office's own statistics). Audited. A day after the city's today cannot be sent: move it (serviceDay.move) or drop it.",
    input: z.object({ dates: z.array(localDate).min(1).max(HELD_DATES_LISTED), action: z.enum(['send', 'drop']) }).strict(),
    output: z.object({ rows: z.int() }),
    roles: ['supervisor'],
    mutates: true,
    example: { dates: ['2026-11-03'], action: 'send' },
  }),
  'serviceDay.move': method({
    summary:
      "Moves a service day opened under a wrong date to its right date: its tickets (same numbers), ratings and counts, in one audited transaction; the counts then go to the city under the right date. Refused while the clock still says the wrong date, when the right date is after the clock's today, when a number exists on both days, or when the day's counts already reached the city.",
    input: z.object({ from: localDate, to: localDate }).strict(),
    output: z.object({ tickets: z.int(), ratings: z.int(), rows: z.int(), serviceDate: z.string() }),
    roles: ['supervisor'],
    mutates: true,
    example: { from: '2026-12-05', to: '2026-12-02' },
  }),
  'sync.exportFile': method({
    summary:
      "Write the pending counts to a signed file for the city server's import page. The file is always in the answer; with `directory` it is also written there, but only to removable media (a USB stick) or a folder inside the configuration's sync.exportFolders (links and \"..\" resolved first); any other folder is refused and nothing is written. The database is not changed.",
    input: z.object({ directory: z.string().trim().min(1).max(500).optional() }).strict(),
    output: z.object({ fileName: z.string(), rows: z.int(), content: z.string(), writtenTo: z.string().nullable() }),
    roles: ['supervisor'],
    mutates: true,
    example: { directory: '/media/kiosk/USB' },
  }),
} as const satisfies Record<string, MethodSpec>;
