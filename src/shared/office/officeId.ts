import { z } from 'zod';

/**
 * An office's id, the same on the kiosk (its configuration) and on the city server (the admin's office
 * list), which compares the two at enrolment. The city's database allows no more than 40 characters.
 */
export const OFFICE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;

export const officeId = z.string().regex(OFFICE_ID_PATTERN, 'must be 2–40 lower-case letters, digits or "-", e.g. "dukcapil-kupang"');
