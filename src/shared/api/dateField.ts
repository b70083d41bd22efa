import { z } from 'zod';
import { isIsoDate } from '../time/localTime';
import { ruled } from '../validation/issueRules';

/** A calendar date as the API takes it (an office's local date). */
export const localDate = z.string().refine(isIsoDate, ruled('not_date', 'must be a date YYYY-MM-DD'));
