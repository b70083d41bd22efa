import { z } from 'zod';
import { agencyId, localizedText, openingHours, timeRange, type OfficeConfig } from '../config/officeConfig';
import { localDate } from '../api/dateField';
import { isValidTimeZone } from '../time/localTime';

/**
 * What the city needs of an office to offer its slots and publish its service standards, pushed by the
 * office with its sync (the office's configuration stays the one place the supervisor edits them).
 */
export const STANDARDS_VERSION = 1;

const serviceStandards = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]{0,15}$/),
    name: localizedText,
    /** The service's own hours, when they differ from the office's. */
    openingHours: openingHours.optional(),
    /** Typical minutes per visitor (defaultServiceMinutes). */
    serviceMinutes: z.number().min(0.5).max(240),
    bookingShare: z.number().min(0).max(1),
    requirements: z.array(localizedText).max(20),
    processingTime: localizedText.optional(),
    costRupiah: z.int().min(0).max(100_000_000),
    /** The agency that runs it: present exactly when the office lists agencies (a Mal Pelayanan Publik). */
    agency: agencyId.optional(),
  })
  .strict();

/** One agency of a Mal Pelayanan Publik, as the city names it on its dashboard and IKM page. */
const agencyStandards = z
  .object({
    id: agencyId,
    name: localizedText,
    shortName: z.string().trim().min(1).max(24),
  })
  .strict();

export const standardsDocument = z
  .object({
    version: z.literal(STANDARDS_VERSION),
    office: z
      .object({
        name: z.string().trim().min(1).max(120),
        address: z.string().max(200),
        timeZone: z.string().refine(isValidTimeZone, 'is not an IANA time zone'),
        openingHours,
        closedDates: z.array(localDate).max(400),
      })
      .strict(),
    booking: z
      .object({
        slotMinutes: z.int().min(10).max(120),
        daysAhead: z.int().min(1).max(60),
        checkInBeforeMinutes: z.int().min(0).max(180),
        checkInAfterMinutes: z.int().min(0).max(180),
        /** A van's published stops; absent for an office with a building. */
        stops: z
          .array(z.object({ date: localDate, hours: timeRange, place: z.string().trim().min(1).max(120) }).strict())
          .max(366)
          .optional(),
      })
      .strict(),
    /** Left out for an office that is one agency, so its document stays as it was before agencies. */
    agencies: z.array(agencyStandards).min(1).max(30).optional(),
    // As many as a configuration may list: a Mal Pelayanan Publik runs many.
    services: z.array(serviceStandards).min(1).max(120),
    /** Which services each counter serves (only that: no names, no staff). */
    counters: z.array(z.object({ services: z.array(z.string()).min(1).max(120) }).strict()).min(1).max(99),
  })
  .strict()
  .superRefine((doc, ctx) => {
    // The city groups an office's figures by agency from this document: every service in exactly one listed agency, or none at all.
    const listed = new Set<string>();
    doc.agencies?.forEach((a, i) => {
      if (listed.has(a.id)) ctx.addIssue({ code: 'custom', path: ['agencies', i, 'id'], message: `"${a.id}" is listed twice` });
      listed.add(a.id);
    });
    doc.services.forEach((s, i) => {
      if (doc.agencies === undefined) {
        if (s.agency !== undefined) ctx.addIssue({ code: 'custom', path: ['services', i, 'agency'], message: 'names an agency, but the document lists none' });
      } else if (s.agency === undefined) ctx.addIssue({ code: 'custom', path: ['services', i, 'agency'], message: 'is required once agencies are listed' });
      else if (!listed.has(s.agency)) ctx.addIssue({ code: 'custom', path: ['services', i, 'agency'], message: `"${s.agency}" is not a listed agency` });
    });
  });

export type StandardsDocument = z.infer<typeof standardsDocument>;
export type ServiceStandards = StandardsDocument['services'][number];
export type BookingRules = StandardsDocument['booking'];
export type AgencyStandards = NonNullable<StandardsDocument['agencies']>[number];

/** The document an office pushes, from its validated configuration. */
export function standardsFromConfig(config: OfficeConfig): StandardsDocument {
  return {
    version: STANDARDS_VERSION,
    office: {
      name: config.office.name,
      address: config.office.address,
      timeZone: config.office.timeZone,
      openingHours: config.office.openingHours,
      closedDates: config.office.closedDates,
    },
    booking: {
      slotMinutes: config.booking.slotMinutes,
      daysAhead: config.booking.daysAhead,
      checkInBeforeMinutes: config.booking.checkInBeforeMinutes,
      checkInAfterMinutes: config.booking.checkInAfterMinutes,
      ...(config.booking.stops ? { stops: config.booking.stops } : {}),
    },
    ...(config.agencies ? { agencies: config.agencies.map((a) => ({ id: a.id, name: a.name, shortName: a.shortName })) } : {}),
    services: config.services.map((s) => ({
      code: s.code,
      name: s.name,
      ...(s.openingHours ? { openingHours: s.openingHours } : {}),
      serviceMinutes: s.defaultServiceMinutes,
      bookingShare: s.bookingShare,
      requirements: s.standards?.requirements ?? [],
      ...(s.standards?.processingTime ? { processingTime: s.standards.processingTime } : {}),
      costRupiah: s.standards?.costRupiah ?? 0,
      ...(s.agency ? { agency: s.agency } : {}),
    })),
    counters: config.counters.map((c) => ({ services: c.services })),
  };
}
