/**
 * A paired display's zone of a Mal Pelayanan Publik (docs/agencies.md, "TVs by zone"): its TV shows and
 * says only that zone's agencies' calls. NULL: the whole building, as every display paired before.
 */
export const sql = /* sql */ `
ALTER TABLE device_tokens ADD COLUMN zone TEXT;
`;
