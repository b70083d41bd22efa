import { z } from 'zod';
import { TICKET_STATES } from '../../domain/ticket';
import { normalizePhoneCode, PHONE_CODE_ALPHABET, PHONE_CODE_LENGTH } from '../../domain/phoneCode';
import { QUICK_FACES, respondentProfileSchema } from '../../skm';
import { method, type MethodSpec } from '../method';
import { completeSurveyAnswers } from './ratings';

/**
 * A resident's own phone on the office Wi-Fi: the ticket page opened from the QR code (/t/<code>), and
 * the rating given there. Each call names the ticket by its phone code alone, and sees that ticket only.
 */

/** As printed or typed ("7K3M-Q9XA-2BWRT", lower case, O for 0): kept in its stored form. */
const phoneCode = z
  .string()
  .max(40)
  .refine((v) => normalizePhoneCode(v) !== null, `must be a ticket's phone code: ${PHONE_CODE_LENGTH} characters of ${PHONE_CODE_ALPHABET}`)
  .transform((v) => normalizePhoneCode(v) as string);

const localized = z.object({ id: z.string(), en: z.string() });

/** What the phone shows: its ticket's place in the queue, the call, and whether it may still rate. Nothing of anyone else. */
export const phoneTicketView = z.object({
  officeName: z.string(),
  label: z.string(),
  serviceName: localized,
  /** The service the ticket was issued for, when a counter has since transferred it to another; else null. */
  transferredFrom: localized.nullable(),
  state: z.enum(TICKET_STATES),
  /** People called before it while it waits; null in other states. */
  aheadCount: z.int().nullable(),
  /** Minutes, while it waits and a counter is open for its service; else null. */
  estimatedWaitMinutes: z.int().nullable(),
  counterNumber: z.int().nullable(),
  counterName: z.string().nullable(),
  /** How often the counter has called it again: each recall rings the phone again. */
  recallCount: z.int(),
  rating: z.object({
    /** Served today and not yet fully rated: the page invites the resident to rate. */
    open: z.boolean(),
    quickDone: z.boolean(),
    surveyDone: z.boolean(),
  }),
});

export type PhoneTicketView = z.infer<typeof phoneTicketView>;

const EXAMPLE_CODE = '7K3MQ9XA2BWRT';

export const phoneMethods = {
  'phone.ticket': method({
    summary:
      "The ticket a phone code opens (the phone page at /t/<code>): number, service, people ahead and estimated wait, the counter when called, whether it may be rated. Unknown codes are counted per address: after 10 in 10 minutes the address waits (locked). A code from a closed service day is refused (wrong_state, reason other_day). Live updates: GET /t/<code>/events (server-sent events).",
    input: z.object({ code: phoneCode }).strict(),
    output: phoneTicketView,
    roles: 'public',
    mutates: false,
    example: { code: EXAMPLE_CODE },
  }),
  'phone.rateQuick': method({
    summary: "The one-tap rating from the ticket's own phone once it has been served: counted like the tablet's (channel \"phone\"), at most one per ticket.",
    input: z.object({ code: phoneCode, face: z.enum(QUICK_FACES) }).strict(),
    output: z.object({ ratingId: z.int() }),
    roles: 'public',
    mutates: true,
    example: { code: EXAMPLE_CODE, face: 'very-happy' },
  }),
  'phone.rateSurvey': method({
    summary:
      'The full SKM survey from the ticket\'s own phone (all nine unsur, optional anonymous profile): counted in the IKM like the tablet\'s (channel "phone"), at most one per ticket.',
    input: z.object({ code: phoneCode, answers: completeSurveyAnswers, profile: respondentProfileSchema.optional() }).strict(),
    output: z.object({ surveyId: z.int() }),
    roles: 'public',
    mutates: true,
    example: { code: EXAMPLE_CODE, answers: { U1: 3, U2: 4, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 3 } },
  }),
  'phone.checkPublicUrl': method({
    summary:
      "Whether phones can reach this office at its public address (lan.publicUrl, or the address given): the office PC asks itself there and expects its own answer, so a wrong address, a firewall or another machine at that address shows.",
    input: z.object({ url: z.string().trim().max(200).optional() }).strict(),
    output: z.object({
      url: z.string().nullable(),
      reachable: z.boolean(),
      /** Why not, for the supervisor: "not_set", "invalid", "unreachable", "other_server", "refused". */
      problem: z.enum(['not_set', 'invalid', 'unreachable', 'other_server', 'refused']).nullable(),
      detail: z.string().nullable(),
    }),
    roles: ['supervisor'],
    mutates: false,
    example: { url: 'http://192.168.1.10:5170' },
  }),
} as const satisfies Record<string, MethodSpec>;

