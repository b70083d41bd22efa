/**
 * The one SQL surface of the city server: the same statements run on a PostgreSQL server (pg Pool)
 * and on the embedded PGlite, so a test on either proves the other's SQL.
 */
export interface Queryable {
  query<T extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The database cannot take more work right now (too many waiting requests, or unreachable). */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}
