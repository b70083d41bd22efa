import { createHash, createHmac, createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { Database } from '../db/database';
import { bookingKeysRepo } from '../store/bookingKeysRepo';

/** The city's booking key: signs booking codes; its public half goes to every enrolled office. */
export interface BookingKey {
  /** SPKI DER, base64 (as kiosks' own keys travel in the protocol). */
  publicKey: string;
  /** Ed25519 signature of `message`, base64url (86 characters). */
  sign(message: string): string;
  /** A keyed hash of a client address: counts a source's bookings without the database holding addresses. */
  sourceHash(address: string): string;
}

function fromRecord(privateKeyPem: string, publicKey: string): BookingKey {
  const key: KeyObject = createPrivateKey(privateKeyPem);
  const hmacKey = createHash('sha256').update(`loket booking source|${privateKeyPem}`).digest();
  return {
    publicKey,
    sign: (message) => sign(null, Buffer.from(message, 'utf8'), key).toString('base64url'),
    sourceHash: (address) => createHmac('sha256', hmacKey).update(address).digest('hex'),
  };
}

async function loadOrCreate(db: Database): Promise<BookingKey> {
  let record = await bookingKeysRepo.get(db);
  if (!record) {
    const pair = generateKeyPairSync('ed25519');
    await db.transaction((tx) =>
      bookingKeysRepo.insertIfNone(tx, {
        privateKey: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
        publicKey: pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
      }),
    );
    // Read back: an instance that started at the same moment may have stored its pair first.
    record = await bookingKeysRepo.get(db);
    if (!record) throw new Error('the booking key was not stored');
  }
  return fromRecord(record.privateKey, record.publicKey);
}

const keys = new WeakMap<Database, Promise<BookingKey>>();

/** The key, made on first use and kept in the database (every instance signs with the same one). */
export function bookingKeyOf(db: Database): Promise<BookingKey> {
  let key = keys.get(db);
  if (!key) {
    key = loadOrCreate(db);
    keys.set(db, key);
    // A failed load (the database was down) is tried again on the next call.
    key.catch(() => keys.delete(db));
  }
  return key;
}
