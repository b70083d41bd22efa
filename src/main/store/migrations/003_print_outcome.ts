/** Reserve, print, confirm: each ticket records what happened to its paper. */
export const sql = /* sql */ `
ALTER TABLE tickets ADD COLUMN print_outcome TEXT CHECK (print_outcome IN ('pending','printed','failed','not_printed','none'));
ALTER TABLE tickets ADD COLUMN print_detail TEXT;
`;
