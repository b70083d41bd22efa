/**
 * Where each answer was given: the office's rating tablet or the resident's own phone (the ticket's
 * phone page). Both count in the IKM alike; the Laporan SKM shows the split. Earlier answers were all
 * given on a tablet.
 */
export const sql = /* sql */ `
ALTER TABLE quick_ratings ADD COLUMN channel TEXT NOT NULL DEFAULT 'tablet' CHECK (channel IN ('tablet','phone'));
ALTER TABLE surveys ADD COLUMN channel TEXT NOT NULL DEFAULT 'tablet' CHECK (channel IN ('tablet','phone'));
`;
