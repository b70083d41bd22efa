/**
 * Enrolment and rotation by request id: the same request sent again (a duplicating proxy, a lost reply
 * retried) is recognised and answered the same, instead of replacing the token the kiosk already holds.
 */
export const sql = /* sql */ `
ALTER TABLE kiosks ADD COLUMN enrol_request_id text;
ALTER TABLE kiosks ADD COLUMN rotate_request_id text;
`;
