/**
 * Phone answers were stored with the phone's Wi-Fi address as their source ("phone:10.0.0.31"), which ties
 * an anonymous survey to a device (DHCP logs name its MAC address). Nothing reads it: phone answers are
 * always linked to their ticket, and only unlinked answers are checked per source. Blank it to "phone",
 * what Loket stores from now on (src/main/phone/phoneTickets.ts).
 */
export const sql = /* sql */ `
UPDATE quick_ratings SET source = 'phone' WHERE channel = 'phone' AND source LIKE 'phone:%';
UPDATE surveys SET source = 'phone' WHERE channel = 'phone' AND source LIKE 'phone:%';
`;
