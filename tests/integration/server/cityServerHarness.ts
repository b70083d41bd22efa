import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { startCityServer, type CityServer } from '../../../src/server/cityServer';
import type { Database } from '../../../src/server/db/database';
import { migrate } from '../../../src/server/db/migrate';
import { openPgDatabase, type PgOptions } from '../../../src/server/db/pgDatabase';
import { openPgliteDatabase } from '../../../src/server/db/pgliteDatabase';
import { countersRepo, type CounterValue } from '../../../src/server/store/countersRepo';
import { PROTOCOL_VERSION, SYNC_PATHS } from '../../../src/shared/sync/protocol';
import { freshToken } from '../../../src/main/sync/kioskToken';
import { hashToken } from '../../../src/main/auth/tokens';

/** Both databases the server supports; every server and sync test runs against each. */
export const BACKENDS = ['pglite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

const PG_URL = process.env.LOKET_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const ADMIN_PASSWORD = 'correct horse battery staple';

/** A migrated database of its own: a fresh PostgreSQL database with a random name (tests run in parallel), or an in-memory PGlite. */
export async function openTestDatabase(backend: Backend, pool: Omit<PgOptions, 'connectionString'> = { maxConnections: 10 }): Promise<{ db: Database; drop(): Promise<void> }> {
  if (backend === 'pglite') {
    const db = await openPgliteDatabase();
    await migrate(db);
    return { db, drop: () => db.close() };
  }
  const name = `loket_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const db = await openPgDatabase({ connectionString: url.toString(), ...pool });
  await migrate(db);
  return {
    db,
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Holds one database connection in a transaction for `ms`, as a long report would. `held` resolves once
 * the connection is taken (BEGIN answered), so a test goes on when the pool is really short of it.
 */
export function holdConnection(db: Database, ms: number): { held: Promise<void>; released: Promise<unknown> } {
  let taken!: () => void;
  const inside = new Promise<void>((resolve) => (taken = resolve));
  const released = db.transaction((tx) => {
    taken();
    return tx.query(`SELECT pg_sleep(${ms / 1000})`);
  });
  // A transaction that fails to start rejects `held` too, instead of leaving the test waiting.
  return { held: Promise.race([inside, released.then(() => undefined)]), released };
}

export interface TestKiosk {
  token: string;
  kioskId: string;
  replicaId: string;
  privateKeyPem: string;
}

/** A real city server on an ephemeral port over a test database, with a signed-in administrator. */
export class CityServerHarness {
  private cookie = '';
  nowMs: number;

  private constructor(
    readonly db: Database,
    private readonly dropDb: () => Promise<void>,
    public server: CityServer,
    nowMs: number,
  ) {
    this.nowMs = nowMs;
  }

  static async start(backend: Backend, nowMs = Date.UTC(2026, 10, 30, 3, 0, 0), pool?: Omit<PgOptions, 'connectionString'>): Promise<CityServerHarness> {
    const { db, drop } = await openTestDatabase(backend, pool);
    const holder: { h?: CityServerHarness } = {};
    const server = await startCityServer({ db, host: '127.0.0.1', port: 0, timeZone: 'Asia/Makassar', adminPassword: ADMIN_PASSWORD, now: () => holder.h?.nowMs ?? nowMs });
    const h = new CityServerHarness(db, drop, server, nowMs);
    holder.h = h;
    await h.signIn();
    return h;
  }

  get url(): string {
    return this.server.url;
  }

  async signIn(): Promise<void> {
    const res = await fetch(`${this.url}/admin/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'admin', password: ADMIN_PASSWORD }),
      redirect: 'manual',
    });
    const setCookie = res.headers.get('set-cookie') ?? '';
    if (res.status !== 303 || !setCookie.includes('HttpOnly') || !setCookie.includes('SameSite=Strict')) {
      throw new Error(`admin sign-in failed: ${res.status} ${setCookie}`);
    }
    this.cookie = setCookie.split(';')[0] ?? '';
  }

  async admin(path: string, form?: Record<string, string>): Promise<{ status: number; text: string }> {
    const res = await fetch(`${this.url}${path}`, {
      method: form ? 'POST' : 'GET',
      headers: { cookie: this.cookie, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(form ? { body: new URLSearchParams(form) } : {}),
      redirect: 'manual',
    });
    return { status: res.status, text: await res.text() };
  }

  async createOffice(id: string, name: string): Promise<void> {
    const r = await this.admin('/admin/offices', { id, name });
    if (r.status !== 200) throw new Error(`office ${id}: ${r.status}`);
  }

  /** A one-time enrolment code, read from the admin page as a person would. */
  async enrolmentCode(officeId: string): Promise<string> {
    const r = await this.admin(`/admin/offices/${officeId}/codes`, {});
    const code = /data-enrolment-code>([A-Z0-9-]+)</.exec(r.text)?.[1];
    if (!code) throw new Error(`no code on the page: ${r.status}`);
    return code;
  }

  /** Enrols a simulated kiosk straight through the protocol. */
  async enrol(officeId: string, replicaId: string = randomUUID()): Promise<TestKiosk> {
    const code = await this.enrolmentCode(officeId);
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const token = freshToken();
    const res = await this.post(SYNC_PATHS.enrol, {
      protocol: PROTOCOL_VERSION,
      code,
      replicaId,
      requestId: randomUUID(),
      tokenHash: hashToken(token),
      publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
      label: 'test kiosk',
    });
    if (res.status !== 200) throw new Error(`enrol: ${res.status} ${JSON.stringify(res.json)}`);
    return { token, kioskId: res.json.kioskId, replicaId, privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
  }

  async post(path: string, body: unknown, token?: string): Promise<{ status: number; json: any; headers: Headers }> {
    const res = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers };
  }

  push(kiosk: TestKiosk, rows: CounterValue[], through: number, sentAt = this.nowMs) {
    return this.post(SYNC_PATHS.push, { protocol: PROTOCOL_VERSION, replicaId: kiosk.replicaId, through, sentAt, rows }, kiosk.token);
  }

  counters(replicaId: string): Promise<CounterValue[]> {
    return countersRepo.forReplica(this.db, replicaId);
  }

  async dashboard(from: string, to: string): Promise<any> {
    const r = await this.admin(`/admin/api/dashboard?from=${from}&to=${to}`);
    return JSON.parse(r.text);
  }

  async importFile(content: string): Promise<{ status: number; json: any }> {
    const res = await fetch(`${this.url}/admin/api/import`, { method: 'POST', headers: { cookie: this.cookie, 'content-type': 'text/plain' }, body: content });
    return { status: res.status, json: await res.json() };
  }

  /** Stops the HTTP server only (a city server that is down); the database stays. */
  async stopHttp(): Promise<void> {
    await this.server.close();
  }

  /** Starts the HTTP server again on the same port. */
  async restartHttp(): Promise<void> {
    const port = Number(new URL(this.url).port);
    this.server = await startCityServer({ db: this.db, host: '127.0.0.1', port, timeZone: 'Asia/Makassar', now: () => this.nowMs });
    await this.signIn();
  }

  async close(): Promise<void> {
    await this.server.close().catch(() => undefined);
    await this.dropDb();
  }
}
