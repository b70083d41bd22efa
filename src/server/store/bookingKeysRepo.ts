import type { Queryable } from '../db/database';

export interface BookingKeyRecord {
  /** PKCS#8 PEM. */
  privateKey: string;
  /** SPKI DER, base64. */
  publicKey: string;
}

/** The city's one booking key pair (docs/booking.md "Keys"). */
export const bookingKeysRepo = {
  async get(q: Queryable): Promise<BookingKeyRecord | undefined> {
    const [row] = await q.query<{ private_key: string; public_key: string }>('SELECT private_key, public_key FROM booking_keys WHERE id = 1');
    return row && { privateKey: row.private_key, publicKey: row.public_key };
  },
  /** Stores the pair unless one exists (two instances starting at once keep the first). */
  async insertIfNone(q: Queryable, key: BookingKeyRecord): Promise<void> {
    await q.query('INSERT INTO booking_keys (id, private_key, public_key) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING', [key.privateKey, key.publicKey]);
  },
};
