import { z } from 'zod';
import { agencyId, localizedText } from '../../config/officeConfig';
import { PERIOD_KINDS, QUICK_FACES, UNSUR_CODES, isCompleteSurvey, respondentProfileSchema, surveyAnswersSchema } from '../../skm';
import { localDate } from '../dateField';
import { empty, method, type MethodSpec } from '../method';
import { counterNumber, serviceCode, ticketId } from '../schemas';

/** Satisfaction: the one-tap rating, the full SKM survey, and the IKM report. */

const ticketRef = z.string().trim().min(1).max(80, 'must be a ticket number such as "A-017" or the ticket QR code');

/** An answer is linked to a visit by its ticket, or, without one, to the service chosen on screen. */
const linkage = { ticketRef: ticketRef.optional(), serviceCode: serviceCode.optional() };
const needsLink = (v: { ticketRef?: string | undefined; serviceCode?: string | undefined }) => v.ticketRef !== undefined || v.serviceCode !== undefined;
const needsLinkMessage = { message: 'give the ticket (ticketRef) or, without a ticket, the service (serviceCode)', path: ['ticketRef'] };

/** All nine unsur answered: a partial survey is refused, never counted (the tablet and the phone alike). */
export const completeSurveyAnswers = surveyAnswersSchema.refine((a) => isCompleteSurvey(a), 'all nine unsur U1–U9 must be answered (partial surveys are not counted)');

export const periodInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(PERIOD_KINDS), date: localDate }).strict(),
  z.object({ kind: z.literal('custom'), from: localDate, to: localDate }).strict(),
]);

const skmFigure = z.object({ konversi: z.number(), mutu: z.enum(['A', 'B', 'C', 'D']), kinerja: z.string(), kinerjaEn: z.string() });

export const ikmResultView = skmFigure.extend({
  respondents: z.int(),
  /** The IKM on the 1–4 scale, unrounded (display only; the konversi is the published figure). */
  ikm: z.number(),
  unsur: z.array(skmFigure.extend({ code: z.enum(UNSUR_CODES), nrr: z.number(), total: z.int(), count: z.int() })),
});

const quickIndexView = z.object({
  responses: z.int(),
  mean: z.number().nullable(),
  shares: z.record(z.enum(QUICK_FACES), z.number()),
});

/** The agency of a Mal Pelayanan Publik a report or index covers. */
const agencyRef = z.object({ id: z.string(), name: localizedText, shortName: z.string() });

export const ikmReport = z.object({
  from: z.string(),
  to: z.string(),
  /** The one agency the report covers in a Mal Pelayanan Publik; null: the whole office (the building). */
  agency: agencyRef.nullable(),
  overall: ikmResultView.nullable(),
  byService: z.array(z.object({ serviceCode: z.string(), result: ikmResultView })),
  byCounter: z.array(z.object({ counterNumber: z.int().nullable(), result: ikmResultView })),
  byMonth: z.array(z.object({ month: z.string(), result: ikmResultView })),
  quick: quickIndexView,
  sample: z.object({ population: z.int(), target: z.int(), respondents: z.int(), progress: z.number(), reached: z.boolean() }),
  excluded: z.object({ quick: z.int(), survey: z.int() }),
  /** Answers counted, by where they were given: the office's rating tablet or the resident's own phone. */
  byChannel: z.array(z.object({ channel: z.enum(['tablet', 'phone']), quick: z.int(), survey: z.int() })),
  profile: z.array(z.object({ field: z.string(), value: z.string(), n: z.int() })),
});

export type IkmReport = z.infer<typeof ikmReport>;
export type IkmResultView = z.infer<typeof ikmResultView>;

export const ratingsMethods = {
  'ratings.lookup': method({
    summary: "Find the visit a resident wants to rate from the ticket's QR code or its number (today's tickets only).",
    input: z.object({ ticketRef }).strict(),
    output: z.object({
      ticketId,
      label: z.string(),
      serviceCode,
      serviceName: z.object({ id: z.string(), en: z.string() }),
      counterNumber: z.int().nullable(),
      quickDone: z.boolean(),
      surveyDone: z.boolean(),
    }),
    roles: ['kiosk', 'supervisor'],
    mutates: false,
    example: { ticketRef: 'A-017' },
  }),
  'ratings.quick': method({
    summary: 'The one-tap rating (four faces, no neutral), linked to a ticket or to a service; at most one per ticket.',
    input: z.object({ face: z.enum(QUICK_FACES), ...linkage }).strict().refine(needsLink, needsLinkMessage),
    output: z.object({ ratingId: z.int(), ticketLabel: z.string().nullable() }),
    roles: ['kiosk', 'supervisor'],
    mutates: true,
    example: { face: 'very-happy', ticketRef: 'A-017' },
  }),
  'ratings.survey': method({
    summary:
      'A full SKM survey: all nine unsur (scores 1–4) and an optional anonymous profile; one per ticket. Partial surveys are refused, never counted.',
    input: z
      .object({
        answers: completeSurveyAnswers,
        profile: respondentProfileSchema.optional(),
        ...linkage,
      })
      .strict()
      .refine(needsLink, needsLinkMessage),
    output: z.object({ surveyId: z.int(), ticketLabel: z.string().nullable() }),
    roles: ['kiosk', 'supervisor'],
    mutates: true,
    example: {
      answers: { U1: 3, U2: 4, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 3 },
      profile: { gender: 'P', ageBand: '30-39', education: 'SMA', occupation: 'Wirausaha' },
      ticketRef: 'LOKET:00000000-0000-4000-8000-00000000a001',
    },
  }),
  'ratings.report': method({
    summary:
      "The Laporan SKM for a period (month, quarter, semester, year or custom range), optionally one agency of a Mal Pelayanan Publik, service or counter: IKM and konversi (Permenpan RB 14/2017), per unsur, service, counter and month, the quick index, the Krejcie–Morgan sample target and the excluded answers. An agency's supervisor always gets its own agency's.",
    input: z
      .object({ period: periodInput, agency: agencyId.optional(), serviceCode: serviceCode.optional(), counter: counterNumber.optional() })
      .strict(),
    output: ikmReport,
    roles: ['supervisor'],
    agency: 'narrowed',
    mutates: false,
    example: { period: { kind: 'semester', date: '2026-11-30' } },
  }),
  'ratings.published': method({
    summary: "The office's published IKM for the current semester (the public /ikm page), and in a Mal Pelayanan Publik each agency's (empty in a one-agency office).",
    input: empty,
    output: z.object({
      officeName: z.string(),
      from: z.string(),
      to: z.string(),
      overall: ikmResultView.nullable(),
      quick: quickIndexView,
      agencies: z.array(agencyRef.extend({ overall: ikmResultView.nullable(), quick: quickIndexView })),
    }),
    roles: 'public',
    mutates: false,
    example: {},
  }),
  'ratings.exclusions': method({
    summary: 'Answers left out of the indices, newest first, with the reason: "burst" (identical answers in a row) or "rate" (more answers without a ticket from one device than people served there).',
    input: z.object({ limit: z.int().min(1).max(500).default(100) }).strict(),
    output: z.array(z.object({ at: z.int(), kind: z.enum(['quick', 'survey']), ratingId: z.int(), reason: z.string(), detail: z.string().nullable() })),
    roles: ['supervisor'],
    mutates: false,
    example: { limit: 50 },
  }),
} as const satisfies Record<string, MethodSpec>;
