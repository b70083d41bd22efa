import { sql as initial } from './001_initial';
import { sql as quarantines } from './002_quarantines';
import { sql as requestIds } from './003_request_ids';
import { sql as attemptLimits } from './004_attempt_limits';
import { sql as bookings } from './005_bookings';
import { sql as bookingFacts } from './006_booking_facts';
import { sql as liveSnapshots } from './007_live_snapshots';

/** Applied in order, each exactly once; never edit a migration that has shipped, add the next number. */
export const SERVER_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'quarantines', sql: quarantines },
  { version: 3, name: 'request ids', sql: requestIds },
  { version: 4, name: 'attempt limits', sql: attemptLimits },
  { version: 5, name: 'bookings', sql: bookings },
  { version: 6, name: 'booking facts', sql: bookingFacts },
  { version: 7, name: 'live snapshots', sql: liveSnapshots },
];

/** The schema version this build needs; /readyz compares the database's with it. */
export const LATEST_MIGRATION = Math.max(...SERVER_MIGRATIONS.map((m) => m.version));
