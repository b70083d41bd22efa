import { z } from 'zod';
import { isIsoDate } from '../time/localTime';

/** A calendar date as the API takes it (an office's local date). */
export const localDate = z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD');
