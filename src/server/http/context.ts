import type { Database } from '../db/database';

/** What every route needs: the database, the clock, and the city's time zone for dates. */
export interface ServerContext {
  db: Database;
  now: () => number;
  timeZone: string;
  /** Mark the admin cookie Secure (the server sits behind HTTPS). */
  secureCookies: boolean;
}
