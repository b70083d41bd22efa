/** Size limits of the push protocol, shared so the kiosk never builds a batch the server refuses. */
export const SYNC_LIMITS = {
  /** Rows the server accepts in one push or one USB file chunk. */
  maxRowsPerBatch: 1000,
  /** Rows the kiosk puts in one push, half the limit; a larger change is split across batches (main/sync/batching.ts). */
  clientRowsPerBatch: 500,
  /** JSON body of a push; 1000 rows of ~90 bytes fit with room to spare. */
  maxPushBytes: 256 * 1024,
  /** A USB file holds every pending row, possibly months of them. */
  maxFileBytes: 32 * 1024 * 1024,
  maxFileRows: 200_000,
  /** A counter value fits PostgreSQL bigint and JavaScript numbers exactly. */
  maxValue: Number.MAX_SAFE_INTEGER,
  /** Dates before this are certainly a clock error (Loket did not exist). */
  earliestDate: '2024-01-01',
  /** A row dated after the server's date + this many days is refused (Kupang is ahead of UTC). */
  futureDateToleranceDays: 1,
  /** A kiosk clock this far ahead of the server's is refused as a clock that jumped. */
  clockAheadToleranceMs: 24 * 3600_000,
} as const;
