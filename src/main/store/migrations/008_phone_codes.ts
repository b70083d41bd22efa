/**
 * Each ticket's phone code (shared/domain/phoneCode.ts): random, unique, and looked up by itself when a
 * phone opens /t/<code>. Tickets issued before this migration have none (their day has closed anyway).
 */
export const sql = /* sql */ `
ALTER TABLE tickets ADD COLUMN phone_code TEXT;
CREATE UNIQUE INDEX tickets_phone_code ON tickets (phone_code) WHERE phone_code IS NOT NULL;
`;
