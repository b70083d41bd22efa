import { z } from 'zod';
import { ruled } from '../validation/issueRules';

/**
 * An office's id, the same on the kiosk (its configuration) and on the city server (the admin's office
 * list), which compares the two at enrolment. The city's database allows no more than 40 characters.
 */
export const OFFICE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;

export const officeId = z
  .string()
  .refine((v) => OFFICE_ID_PATTERN.test(v), ruled('office_id', 'must be 2–40 lower-case letters, digits or "-", e.g. "dukcapil-kupang"'));
