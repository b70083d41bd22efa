import type { Database } from '../db/database';
import { adminSessionsRepo } from '../store/adminSessionsRepo';
import { adminsRepo } from '../store/adminsRepo';
import { hashPassword, verifyPassword } from './passwords';
import { randomToken, sha256 } from './secrets';

export const ADMIN_USERNAME = 'admin';
export const SESSION_TTL_MS = 12 * 3600_000;
export const MIN_PASSWORD_LENGTH = 12;

/**
 * The first administrator, created once: with LOKET_ADMIN_PASSWORD when set, else with a random
 * password returned so the caller prints it once. Returns null when an admin already exists.
 */
export async function ensureFirstAdmin(db: Database, configured: string | undefined): Promise<{ username: string; generatedPassword: string | null } | null> {
  if ((await adminsRepo.count(db)) > 0) return null;
  if (configured !== undefined && configured.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`LOKET_ADMIN_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const password = configured ?? randomToken().slice(0, 20);
  const created = await db.transaction(async (tx) => adminsRepo.insertIfNone(tx, ADMIN_USERNAME, await hashPassword(password)));
  if (!created) return null;
  return { username: ADMIN_USERNAME, generatedPassword: configured === undefined ? password : null };
}

/** A new session cookie value, or null for a wrong username or password. */
export async function signIn(db: Database, username: string, password: string, now: Date): Promise<string | null> {
  const admin = await adminsRepo.byUsername(db, username);
  // Verify against a real hash even for an unknown user, so timing does not reveal which names exist.
  const ok = await verifyPassword(admin?.passwordHash ?? DUMMY_HASH, password);
  if (!admin || !ok) return null;
  const token = randomToken();
  await db.transaction(async (tx) => {
    await adminSessionsRepo.deleteExpired(tx, now);
    await adminSessionsRepo.insert(tx, sha256(token), admin.id, new Date(now.getTime() + SESSION_TTL_MS));
  });
  return token;
}

export async function sessionAdmin(db: Database, token: string | undefined, now: Date): Promise<{ adminId: number; username: string } | null> {
  if (!token) return null;
  return (await adminSessionsRepo.find(db, sha256(token), now)) ?? null;
}

export async function signOut(db: Database, token: string): Promise<void> {
  await db.transaction((tx) => adminSessionsRepo.delete(tx, sha256(token)));
}

const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$sPs20kWK+W0lh2pitO+1KA$RMSf7O1d7GFbxN4LdIsseCnAqL1aEqTRqW56dwFzUX4';
