import { sql as initial } from './001_initial';
import { sql as staffSessions } from './002_staff_sessions';
import { sql as printOutcome } from './003_print_outcome';
import { sql as ratings } from './004_ratings';
import { sql as stats } from './005_stats';
import { sql as accountSigninGuards } from './006_account_signin_guards';
import { sql as syncSetAside } from './007_sync_set_aside';
import { sql as phoneCodes } from './008_phone_codes';
import { sql as ratingChannel } from './009_rating_channel';
import { sql as bookings } from './010_bookings';
import { sql as queueCost } from './011_queue_cost';
import { sql as staffAgency } from './012_staff_agency';
import { sql as displayZone } from './013_display_zone';
import { sql as phoneRatingSource } from './014_phone_rating_source';

/** Applied in order, each exactly once; never edit a migration that has shipped, add the next number. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'staff_sessions', sql: staffSessions },
  { version: 3, name: 'print_outcome', sql: printOutcome },
  { version: 4, name: 'ratings', sql: ratings },
  { version: 5, name: 'stats', sql: stats },
  { version: 6, name: 'account_signin_guards', sql: accountSigninGuards },
  { version: 7, name: 'sync_set_aside', sql: syncSetAside },
  { version: 8, name: 'phone_codes', sql: phoneCodes },
  { version: 9, name: 'rating_channel', sql: ratingChannel },
  { version: 10, name: 'bookings', sql: bookings },
  { version: 11, name: 'queue_cost', sql: queueCost },
  { version: 12, name: 'staff_agency', sql: staffAgency },
  { version: 13, name: 'display_zone', sql: displayZone },
  { version: 14, name: 'phone_rating_source', sql: phoneRatingSource },
];

/** The newest schema this build knows: a database above it was written by a newer Loket. */
export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
