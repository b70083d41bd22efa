/**
 * In a Mal Pelayanan Publik a staff account belongs to one agency (its supervisor sees and changes only
 * that agency; its clerks sign in only at its counters). NULL: the building, as every account before.
 */
export const sql = /* sql */ `
ALTER TABLE staff ADD COLUMN agency TEXT;
`;
