import type { Queryable } from '../db/database';

/** One address's tries in its current window (attemptLimiter.ts holds the rules). */
export interface AttemptWindow {
  attempts: number;
  windowStart: Date;
}

/** Counted tries per (scope, hashed address) and window, shared by every server instance. */
export const attemptLimitsRepo = {
  /**
   * Counts one more try in one statement and returns the count including it. A window that started at or
   * before `expiredBefore` starts over at `now`. Concurrent calls for one key queue on its row, so each
   * gets a different count: no burst, on one instance or several, sees fewer tries than were made.
   */
  async reserve(q: Queryable, scope: string, key: string, now: Date, expiredBefore: Date): Promise<AttemptWindow> {
    const [row] = await q.query<{ attempts: number; window_start: Date }>(
      `INSERT INTO attempt_limits AS a (scope, key, window_start, attempts) VALUES ($1, $2, $3, 1)
       ON CONFLICT (scope, key) DO UPDATE SET
         window_start = CASE WHEN a.window_start <= $4 THEN excluded.window_start ELSE a.window_start END,
         attempts = CASE WHEN a.window_start <= $4 THEN 1 ELSE a.attempts + 1 END
       RETURNING attempts, window_start`,
      [scope, key, now, expiredBefore],
    );
    if (!row) throw new Error('attempt_limits upsert returned no row');
    return { attempts: row.attempts, windowStart: new Date(row.window_start) };
  },
  /** Gives one try back, unless its window has started over since. */
  async release(q: Queryable, scope: string, key: string, windowStart: Date): Promise<void> {
    await q.query('UPDATE attempt_limits SET attempts = attempts - 1 WHERE scope = $1 AND key = $2 AND window_start = $3 AND attempts > 0', [
      scope,
      key,
      windowStart,
    ]);
  },
  async clear(q: Queryable, scope: string, key: string): Promise<void> {
    await q.query('DELETE FROM attempt_limits WHERE scope = $1 AND key = $2', [scope, key]);
  },
  /** Deletes the scope's windows that started at or before `expiredBefore` (scopes have windows of different lengths). */
  async prune(q: Queryable, scope: string, expiredBefore: Date): Promise<void> {
    await q.query('DELETE FROM attempt_limits WHERE scope = $1 AND window_start <= $2', [scope, expiredBefore]);
  },
};
