import type { Database } from '../db/database';

/** A database's connections right now, for the metrics. */
export interface PoolSnapshot {
  total: number;
  idle: number;
  /** Requests waiting for a connection. */
  waiting: number;
}

/** What a running server wants to hear from the database layer. */
export interface PoolObserver {
  /** A request got its connection after waiting this long. */
  waited?(seconds: number): void;
  /** An idle connection failed; the pool replaces it on the next query. */
  idleClientFailed?(err: Error): void;
}

export interface PoolProbe {
  snapshot(): PoolSnapshot;
  /** Returns the function that stops the observation (the server closing). */
  observe(observer: PoolObserver): () => void;
}

/** The observers of one database; several servers may run on one database object (tests, restarts). */
export class PoolObservers {
  private readonly observers = new Set<PoolObserver>();

  add(observer: PoolObserver): () => void {
    this.observers.add(observer);
    return () => void this.observers.delete(observer);
  }

  waited(seconds: number): void {
    for (const o of this.observers) o.waited?.(seconds);
  }

  idleClientFailed(err: Error): void {
    for (const o of this.observers) o.idleClientFailed?.(err);
  }
}

// Kept beside the Database rather than in its interface: only the operations side asks for it.
const probes = new WeakMap<Database, PoolProbe>();

export function attachPoolProbe(db: Database, probe: PoolProbe): void {
  probes.set(db, probe);
}

export function poolProbeOf(db: Database): PoolProbe | undefined {
  return probes.get(db);
}
