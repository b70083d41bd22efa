import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { PRIORITY_REASONS } from '../domain/priority';
import { weightConfigSchema } from '../skm/weights';
import { printerConfigSchema } from './printer';
import { isHostName, isIpAddress, isOfficeNetworkAddress } from './officeNetwork';
import { isIsoDate, isValidTimeZone } from '../time/localTime';
import { describeIssues } from '../validation/describeIssues';
import { ruled } from '../validation/issueRules';
import { officeId } from '../office/officeId';
import { agencyProblems } from './agencyRules';

/** The office configuration file: one JSON document, validated in full before anything starts. */

export const localizedText = z.object(
  {
    id: z.string().trim().min(1, 'the Bahasa Indonesia text is empty').max(200),
    en: z.string().trim().min(1, 'the English text is empty').max(200),
  },
  { error: 'must be an object with "id" (Bahasa Indonesia) and "en" (English) texts' },
);

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** "08:00-15:30": a half-open local time interval; "24:00" may close a day. */
export const timeRange = z
  .string({ error: 'must be a time range such as "08:00-15:30"' })
  .refine((v) => {
    const [from, to] = v.split('-');
    return v.split('-').length === 2 && HH_MM.test(from ?? '') && (HH_MM.test(to ?? '') || to === '24:00');
  }, ruled('not_time_range', 'must be a time range such as "08:00-15:30" (24-hour clock)'))
  .refine((v) => {
    const [from = '', to = ''] = v.split('-');
    return to === '24:00' || minutes(from) < minutes(to);
  }, ruled('range_reversed', 'the range ends before it starts'));

export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const openingHours = z
  .object(Object.fromEntries(WEEKDAY_KEYS.map((d) => [d, z.array(timeRange).max(6).optional()])) as {
    [K in (typeof WEEKDAY_KEYS)[number]]: z.ZodOptional<z.ZodArray<typeof timeRange>>;
  })
  .strict();

export type OpeningHours = z.infer<typeof openingHours>;

/** An agency of a Mal Pelayanan Publik: "DUKCAPIL", "SAMSAT". */
export const agencyId = z
  .string()
  .refine((v) => /^[A-Z][A-Z0-9_]{1,15}$/.test(v), ruled('agency_id', 'must be 2–16 capital letters, digits or "_", starting with a letter, e.g. "DUKCAPIL"'));

const serviceConfig = z
  .object({
    code: z
      .string()
      .refine((v) => /^[A-Z][A-Z0-9_]{0,15}$/.test(v), ruled('service_code', 'must be 1–16 capital letters, digits or "_", starting with a letter')),
    name: localizedText,
    hint: localizedText.optional(),
    prefix: z.string().refine((v) => /^[A-Z]{1,2}$/.test(v), ruled('service_prefix', 'must be one or two capital letters, e.g. "A"')),
    dailyQuota: z.int().min(1, 'must be at least 1 (leave it out for no quota)').max(9999).optional(),
    openingHours: openingHours.optional(),
    priorityOffered: z.boolean().default(true),
    targetWaitMinutes: z.int().min(1).max(480).default(15),
    defaultServiceMinutes: z.number().min(0.5).max(240).default(6),
    /** UU 25/2009 service standards, published on the city's booking pages so residents bring the right documents. */
    standards: z
      .object({
        /** Persyaratan: each document or condition, one entry each. */
        requirements: z.array(localizedText).max(20).default([]),
        /** Jangka waktu penyelesaian, e.g. "Selesai di tempat" / "Done on the spot". */
        processingTime: localizedText.optional(),
        /** Biaya/tarif in rupiah; 0 is free. */
        costRupiah: z.int().min(0).max(100_000_000).default(0),
      })
      .strict()
      .optional(),
    /** Share of this service's counter time residents may book ahead (0: not bookable), set by the supervisor. */
    bookingShare: z.number().min(0).max(1).default(0),
    /** The agency that runs this service (required when the configuration lists agencies). */
    agency: agencyId.optional(),
  })
  .strict();

/** A published stop of a mobile service van: bookable only there, then. */
const vanStop = z
  .object({
    date: z.string().refine(isIsoDate, ruled('not_date', 'must be a date YYYY-MM-DD')),
    hours: timeRange,
    place: z.string().trim().min(1).max(120),
  })
  .strict();

const counterConfig = z
  .object({
    number: z.int().min(1).max(99),
    name: z.string().trim().min(1).max(40),
    services: z.array(z.string()).min(1, 'a counter must serve at least one service'),
    /** The agency whose staff work here (required when the configuration lists agencies). */
    agency: agencyId.optional(),
  })
  .strict();

const priorityPolicy = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('priority-first') }).strict(),
  z
    .object({
      mode: z.literal('ratio'),
      /** After this many priority calls in a row at a counter, a waiting regular ticket goes next. */
      priorityPerRegular: z.int().min(1).max(20),
    })
    .strict(),
]);

export type PriorityPolicy = z.infer<typeof priorityPolicy>;

/** A logo file in the "logos" folder beside the configuration file: a picture, never a path. */
const logoFile = z
  .string()
  .refine((v) => /^[a-z0-9][a-z0-9_-]{0,59}\.(png|svg|webp|jpg)$/.test(v), ruled('logo_file', 'must be a file name in the "logos" folder beside the configuration, such as "dukcapil.png" (png, svg, webp or jpg)'));

/**
 * One agency under the building's roof (docs/agencies.md). Without `agencies` the office is one agency, as
 * every configuration written before them.
 */
const agencyConfig = z
  .object({
    id: agencyId,
    name: localizedText,
    /** Said after the counter in a call ("silakan ke loket 3, Dukcapil") and printed on the ticket. */
    shortName: z.string().trim().min(1).max(24),
    logo: logoFile.optional(),
    /** Replaces the building's running text on the TVs of a zone showing only this agency. */
    runningText: localizedText.optional(),
    /** This agency's own rule for Pasal 29 priority; the building's when left out. */
    priorityPolicy: priorityPolicy.optional(),
  })
  .strict();

/** A display zone: "lantai-1" (also what a supervisor assigns a paired TV to). */
export const zoneId = z.string().refine((v) => /^[a-z0-9][a-z0-9-]{0,23}$/.test(v), ruled('zone_id', 'must be 1–24 lower-case letters, digits or "-", e.g. "lantai-1"'));

/** TVs that show a part of the building: the calls of these agencies only. */
const displayZone = z
  .object({
    id: zoneId,
    name: localizedText,
    agencies: z.array(agencyId).min(1, 'a zone shows at least one agency'),
  })
  .strict();

/** An absolute folder path on Linux ("/srv/loket-ekspor") or Windows ("D:\\Loket"); network shares are not folders here. */
const exportFolder = z
  .string()
  .trim()
  .max(500)
  .refine((p) => /^\/|^[A-Za-z]:[\\/]/.test(p) && !p.includes('\0'), ruled('not_absolute_folder', 'must be an absolute folder path, e.g. "/srv/loket-ekspor" or "D:\\Loket-ekspor"'));

/** A name or address of the office PC as typed in a browser's address bar: "loket.kantor.local", "192.168.1.10", "fe80::1". */
const hostName = z
  .string()
  .refine(
    (v) => isIpAddress(v) || isHostName(v),
    ruled('not_host', 'must be a host name such as "loket.kantor.local" or an IP address such as "192.168.1.10", without "http://", port or path'),
  );

/**
 * How phones on the office Wi-Fi reach this PC ("http://192.168.1.10:5170"): printed in each ticket's QR
 * code. Only an address of this office: http or https, a host name or an office-network address, no
 * path, query or credentials; kept without a trailing slash.
 */
export function isOfficePublicUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const hostOk = isIpAddress(host) ? isOfficeNetworkAddress(host) : isHostName(host);
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === '' &&
    (url.pathname === '/' || url.pathname === '') &&
    !/[?#]/.test(value) &&
    hostOk
  );
}

const publicUrl = z
  .string()
  .trim()
  .max(200)
  .refine(
    isOfficePublicUrl,
    ruled('public_url', 'must be this office PC\'s address as phones on the office Wi-Fi open it, e.g. "http://192.168.1.10:5170" (http or https, an office-network address or host name, no path)'),
  )
  .transform((v) => v.replace(/\/+$/, ''));

export const officeConfigSchema = z
  .object({
    office: z
      .object({
        id: officeId,
        name: z.string().trim().min(1).max(120),
        address: z.string().trim().max(200).default(''),
        timeZone: z
          .string()
          .default('Asia/Makassar')
          .refine(isValidTimeZone, ruled('not_time_zone', 'is not an IANA time zone (Kupang is "Asia/Makassar")')),
        openingHours: openingHours,
        closedDates: z
          .array(z.string().refine(isIsoDate, ruled('not_date', 'must be a date YYYY-MM-DD')))
          .default([]),
        /**
         * When a new service day begins (local time). "00:00" by default; an office that serves past
         * midnight sets e.g. "04:00" so tickets issued at 23:50 are still served on the same day.
         */
        dayStartsAt: z.string().refine((v) => HH_MM.test(v), ruled('not_time', 'must be a time such as "04:00"')).default('00:00'),
      })
      .strict(),
    language: z.enum(LANGUAGES).default('id'),
    /** Bookings from home (docs/booking.md): the slots' length, how far ahead, the check-in window, a van's stops. */
    booking: z
      .object({
        slotMinutes: z.int().min(10).max(120).default(30),
        daysAhead: z.int().min(1).max(60).default(14),
        checkInBeforeMinutes: z.int().min(0).max(180).default(30),
        checkInAfterMinutes: z.int().min(0).max(180).default(15),
        /** Set for a mobile service van: it is bookable only at these stops, not by its opening hours. */
        stops: z.array(vanStop).max(366).optional(),
      })
      .strict()
      .prefault({}),
    /** The agencies of a Mal Pelayanan Publik; left out, the office is one agency. */
    agencies: z.array(agencyConfig).min(2, 'list at least two agencies, or leave "agencies" out for one').max(30).optional(),
    services: z.array(serviceConfig).min(1, 'at least one service is needed').max(120),
    counters: z.array(counterConfig).min(1, 'at least one counter is needed').max(99),
    priority: z
      .object({
        policy: priorityPolicy.default({ mode: 'priority-first' }),
        reasons: z.array(z.enum(PRIORITY_REASONS)).min(1).default([...PRIORITY_REASONS]),
      })
      .strict()
      .default({ policy: { mode: 'priority-first' }, reasons: [...PRIORITY_REASONS] }),
    printer: printerConfigSchema.prefault({}),
    ratings: z
      .object({
        /** Unsur weights for the IKM when the office uses others than 1/n; they must sum to exactly 1 ("1/9", not 0.11). */
        weights: weightConfigSchema.optional(),
        /** Seconds the thank-you screen stays (and blocks new answers) after each answer. */
        thankYouSeconds: z.int().min(2).max(30).default(4),
        /** Seconds without a touch before an unfinished survey is abandoned (and never counted). */
        idleResetSeconds: z.int().min(10).max(600).default(45),
      })
      .strict()
      .prefault({}),
    display: z
      .object({
        /** The running text along the bottom of the TV (announcements, opening hours, requirements). */
        runningText: localizedText.optional(),
        /** How many earlier calls the TV lists beside the latest one. */
        recentCalls: z.int().min(1).max(12).default(6),
        /** Parts of the building whose TVs show only their agencies' calls. */
        zones: z.array(displayZone).max(30).optional(),
      })
      .strict()
      .default({ recentCalls: 6 }),
    kiosk: z
      .object({
        /** Seconds the confirmation stays before the kiosk returns to the start. */
        confirmationSeconds: z.int().min(3).max(60).default(8),
        /** Seconds without a touch before an unfinished choice is abandoned. */
        idleResetSeconds: z.int().min(5).max(300).default(20),
      })
      .strict()
      .default({ confirmationSeconds: 8, idleResetSeconds: 20 }),
    sync: z
      .object({
        /**
         * Folders besides removable media where sync.exportFile may write the signed USB file. Only the
         * configuration file sets them: Pengaturan refuses a change (a guessed PIN must not open a folder).
         */
        exportFolders: z.array(exportFolder).max(10, 'at most 10 export folders'),
      })
      .strict()
      .optional(),
    update: z
      .object({
        /**
         * The city's Ed25519 release key (public half): the kiosk installs only updates signed with it. Only
         * the configuration file sets it: Pengaturan refuses a change (a guessed PIN must not swap the key).
         */
        publicKey: z
          .string()
          .trim()
          .refine(
            (v) => /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/.test(v),
            ruled('not_release_key', 'must be the city\'s release public key: 44 base64 characters ending in "=", as printed by npm run release:sign -- --generate-key'),
          ),
      })
      .strict()
      .optional(),
    lan: z
      .object({
        /**
         * More names the office PC is opened by (its DNS or mDNS name, a fixed address behind a router).
         * The LAN server answers only to its own names and addresses (DNS rebinding protection).
         */
        hostNames: z.array(hostName).max(20).default([]),
        /** Where phones open a ticket's page; without it the QR code is for the rating tablets only. */
        publicUrl: publicUrl.optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((cfg, ctx) => {
    const codes = new Set<string>();
    const prefixes = new Map<string, string>();
    cfg.services.forEach((s, i) => {
      if (codes.has(s.code)) {
        ctx.addIssue({ code: 'custom', path: ['services', i, 'code'], ...ruled('duplicate_service', `"${s.code}" is used by another service`, { code: s.code }) });
      }
      codes.add(s.code);
      const other = prefixes.get(s.prefix);
      if (other) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'prefix'],
          ...ruled('duplicate_prefix', `"${s.prefix}" is already the prefix of ${other}; numbers would be ambiguous`, { prefix: s.prefix, service: other }),
        });
      }
      prefixes.set(s.prefix, s.code);
    });
    const numbers = new Set<number>();
    cfg.counters.forEach((c, i) => {
      if (numbers.has(c.number)) {
        ctx.addIssue({ code: 'custom', path: ['counters', i, 'number'], ...ruled('duplicate_counter', `counter ${c.number} is listed twice`, { number: c.number }) });
      }
      numbers.add(c.number);
      c.services.forEach((code, j) => {
        if (!codes.has(code)) {
          ctx.addIssue({
            code: 'custom',
            path: ['counters', i, 'services', j],
            ...ruled('unknown_service', `"${code}" is not a service code of this office`, { code }),
          });
        }
      });
    });
    cfg.services.forEach((s, i) => {
      if (!cfg.counters.some((c) => c.services.includes(s.code))) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'code'],
          ...ruled('service_unserved', `no counter serves "${s.code}"; its visitors would never be called`, { code: s.code }),
        });
      }
    });
    for (const problem of agencyProblems(cfg)) ctx.addIssue({ code: 'custom', path: problem.path, ...ruled(problem.rule, problem.message, problem.params) });
  });

export type OfficeConfig = z.output<typeof officeConfigSchema>;
/** The configuration as written in the file (defaults not yet filled in). */
export type OfficeConfigInput = z.input<typeof officeConfigSchema>;
export type ServiceConfig = OfficeConfig['services'][number];
export type CounterConfig = OfficeConfig['counters'][number];

export type ConfigResult = { ok: true; config: OfficeConfig } | { ok: false; problems: string[] };

export function parseOfficeConfig(raw: unknown): ConfigResult {
  const result = officeConfigSchema.safeParse(raw);
  return result.success ? { ok: true, config: result.data } : { ok: false, problems: describeIssues(result.error) };
}
