import { describeIssues } from '../../shared/validation/describeIssues';
import { SYNC_LIMITS } from '../../shared/sync/limits';
import { PROTOCOL_VERSION, pushRequest, type PushRequest } from '../../shared/sync/protocol';
import { addDays, localDate } from '../../shared/time/localTime';
import { inFuture, MAX_REFUSED_LISTED, overBound, refusedByIssues } from './refusedRows';
import { SyncError } from './syncError';

type Row = { date: string; metric: string; value: number };

/**
 * Everything that makes a push unacceptable as a whole, checked before any database work: its shape,
 * version, size, metric names, a kiosk clock that jumped ahead, dates after tomorrow (city time) and
 * values beyond what one office's day can hold.
 */
export function validatePush(body: unknown, now: number, timeZone: string): PushRequest {
  const raw = (body ?? {}) as { protocol?: unknown; rows?: unknown };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SyncError('bad_request', 'The push must be a JSON object.', 'Kiriman harus berupa objek JSON.');
  }
  if (raw.protocol !== PROTOCOL_VERSION) {
    throw new SyncError(
      'unsupported_protocol',
      `This server speaks push protocol ${PROTOCOL_VERSION}, not ${JSON.stringify(raw.protocol)}; update Loket on the kiosk.`,
      `Server ini memakai protokol ${PROTOCOL_VERSION}; perbarui Loket di kios.`,
    );
  }
  if (Array.isArray(raw.rows) && raw.rows.length > SYNC_LIMITS.maxRowsPerBatch) {
    throw new SyncError(
      'payload_too_large',
      `A push may hold at most ${SYNC_LIMITS.maxRowsPerBatch} rows, this one has ${raw.rows.length}.`,
      `Satu kiriman paling banyak ${SYNC_LIMITS.maxRowsPerBatch} baris.`,
    );
  }
  const parsed = pushRequest.safeParse(body);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    const inRows = parsed.error.issues.every((i) => i.path[0] === 'rows');
    throw inRows
      ? new SyncError('invalid_rows', 'Some rows are invalid; nothing was stored.', 'Sebagian baris tidak sah; tidak ada yang disimpan.', {
          problems,
          refused: refusedByIssues(raw.rows, parsed.error),
        })
      : new SyncError('bad_request', 'The push is malformed; nothing was stored.', 'Format kiriman salah; tidak ada yang disimpan.', { problems });
  }
  const push = parsed.data;
  if (push.sentAt > now + SYNC_LIMITS.clockAheadToleranceMs) {
    throw new SyncError(
      'clock_ahead',
      `The kiosk clock (${new Date(push.sentAt).toISOString()}) is ahead of the city server's (${new Date(now).toISOString()}); set the kiosk's date and time.`,
      'Jam kios lebih cepat dari jam server kota; perbaiki tanggal dan jam di kios.',
    );
  }
  checkRows(push.rows, now, timeZone);
  return push;
}

/** The checks of a row's content that its shape cannot express, shared by the push and the USB import. */
export function checkRows(rows: readonly Row[], now: number, timeZone: string): void {
  checkDates(rows, now, timeZone);
  checkBounds(rows);
}

function checkDates(rows: readonly Row[], now: number, timeZone: string): void {
  const latest = addDays(localDate(now, timeZone), SYNC_LIMITS.futureDateToleranceDays);
  const future = inFuture(rows, latest);
  if (future.length > 0) {
    throw new SyncError(
      'date_in_future',
      `${future.length} row(s) are dated after ${latest} (first: ${future[0]?.date} ${future[0]?.metric}); the kiosk clock probably jumped ahead.`,
      `${future.length} baris bertanggal setelah ${latest}; jam kios kemungkinan melompat maju.`,
      { problems: future.slice(0, 20).map((r) => `${r.date} ${r.metric}: date is in the future`), refused: future.slice(0, MAX_REFUSED_LISTED) },
    );
  }
}

/** A value no office can reach in a day would make every city figure that sums it meaningless (or fail). */
function checkBounds(rows: readonly Row[]): void {
  const refused = overBound(rows);
  const first = refused[0];
  if (first) {
    throw new SyncError(
      'invalid_rows',
      `${refused.length} row(s) hold a value no office can reach in one day (first: ${first.date} ${first.metric} = ${first.value}: ${first.reason}); nothing was stored.`,
      `${refused.length} baris berisi angka yang mustahil untuk satu kantor dalam sehari (mis. ${first.metric} tanggal ${first.date} = ${first.value}); tidak ada yang disimpan.`,
      { problems: refused.slice(0, 20).map((r) => `${r.date} ${r.metric}: ${r.reason}`), refused: refused.slice(0, MAX_REFUSED_LISTED) },
    );
  }
}
