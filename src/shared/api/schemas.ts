import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { PRINT_FAILURE_POLICIES } from '../config/printer';
import { PRINT_OUTCOMES, PRINTER_STATES } from '../domain/printer';
import { PRIORITY_REASONS } from '../domain/priority';
import { COUNTER_STATES, PAUSE_REASONS, TICKET_STATES } from '../domain/ticket';

/** Data shapes exchanged over the API. Inputs are strict: an unknown field is a mistake worth reporting. */

export const serviceCode = z.string().regex(/^[A-Z][A-Z0-9_]{0,15}$/, 'must be a service code such as "KTP"');
export const counterNumber = z.int('must be a whole number').min(1).max(99);
export const ticketId = z.uuid('must be a ticket id (UUID)');
export const priorityReason = z.enum(PRIORITY_REASONS, {
  error: `must be one of ${PRIORITY_REASONS.join(', ')}`,
});
export const pauseReason = z.enum(PAUSE_REASONS, { error: `must be one of ${PAUSE_REASONS.join(', ')}` });

const localized = z.object({ id: z.string(), en: z.string() });

export const serviceAvailability = z.enum(['open', 'closed', 'full']);

/** Whether the disk holding the office database has room: when 'full', no new numbers until space is freed. */
export const storageStatus = z.object({
  state: z.enum(['ok', 'full']),
  /** When it turned full (ms), or null. */
  since: z.int().nullable(),
  /** Free space on that disk now, or null when the OS does not say. */
  freeBytes: z.number().nullable(),
  /** The write that found it full, for the operator ("checkpoint: SQLITE_FULL"). */
  detail: z.string().nullable(),
});

export const serviceOverview = z.object({
  code: serviceCode,
  name: localized,
  hint: localized.nullable(),
  prefix: z.string(),
  availability: serviceAvailability,
  waiting: z.int(),
  priorityOffered: z.boolean(),
  quota: z.int().nullable(),
  issuedToday: z.int(),
  /** When a closed service next takes numbers (ms): later today or the next opening day; null when not closed or not within a month. */
  opensAt: z.int().nullable(),
  /** The agency that runs it in a Mal Pelayanan Publik; null in a one-agency office. */
  agency: z.string().nullable(),
});

/** One agency of a Mal Pelayanan Publik, as the kiosk's first screen shows it. */
export const agencyOverview = z.object({
  id: z.string(),
  name: localized,
  shortName: z.string(),
  /** Where the kiosk loads the logo from (the office serves it), or null without one. */
  logoUrl: z.string().nullable(),
});

export const officeOverview = z.object({
  office: z.object({ id: z.string(), name: z.string(), address: z.string(), timeZone: z.string() }),
  language: z.enum(LANGUAGES),
  serviceDate: z.string(),
  now: z.int(),
  services: z.array(serviceOverview),
  /** Empty in a one-agency office; in a Mal Pelayanan Publik the kiosk asks for the agency first. */
  agencies: z.array(agencyOverview),
  priorityReasons: z.array(priorityReason),
  /**
   * onPrintFailure: whether a ticket that could not be printed is voided, so the kiosk's printer warning says what will happen.
   * checkInOpen: now is inside the check-in window of one of today's booking slots, so "Sudah punya booking?" stays open while the office is closed.
   */
  kiosk: z.object({ confirmationSeconds: z.int(), idleResetSeconds: z.int(), onPrintFailure: z.enum(PRINT_FAILURE_POLICIES), checkInOpen: z.boolean() }),
  display: z.object({ runningText: localized.nullable(), recentCalls: z.int() }),
  ratings: z.object({ thankYouSeconds: z.int(), idleResetSeconds: z.int() }),
  /** Only the state: the details are the supervisor's (monitor.live). */
  storage: storageStatus.pick({ state: true }),
});

export const ticketView = z.object({
  id: ticketId,
  label: z.string(),
  serviceCode: serviceCode,
  serviceName: localized,
  priorityReason: priorityReason.nullable(),
  state: z.enum(TICKET_STATES),
  serviceDate: z.string(),
  issuedAt: z.int(),
  calledAt: z.int().nullable(),
  startedAt: z.int().nullable(),
  endedAt: z.int().nullable(),
  counterNumber: z.int().nullable(),
  recallCount: z.int(),
});

export const issuedTicket = ticketView.extend({
  aheadCount: z.int(),
  /** Minutes, or null when no counter is open for the service. */
  estimatedWaitMinutes: z.int().nullable(),
});

export const printerStatus = z.object({ state: z.enum(PRINTER_STATES), detail: z.string() });

export const printReport = z.object({
  outcome: z.enum(PRINT_OUTCOMES),
  /**
   * The printer, or a driver that reports status, confirmed the paper came out. False when the ticket
   * was only handed to a connection that cannot tell (a one-way USB printer, a Windows driver without
   * status): the kiosk then never says "take your ticket", only to remember the number if none came out.
   */
  confirmed: z.boolean(),
  /** The office voids tickets whose paper did not come out (printer.onPrintFailure = "void"). */
  voided: z.boolean(),
  printer: printerStatus,
});

/** What the kiosk gets back: the ticket, and what happened to its paper. */
export const kioskTicket = issuedTicket.extend({ print: printReport });

export const counterView = z.object({
  number: counterNumber,
  name: z.string(),
  services: z.array(serviceCode),
  state: z.enum(COUNTER_STATES),
  pauseReason: pauseReason.nullable(),
  stateSince: z.int(),
  current: ticketView.nullable(),
});

export const queueSnapshot = z.object({
  serviceDate: z.string(),
  services: z.array(
    z.object({ code: serviceCode, name: localized, waiting: z.array(ticketView), held: z.array(ticketView) }),
  ),
  counters: z.array(counterView),
});

export type ServiceOverview = z.infer<typeof serviceOverview>;
export type OfficeOverview = z.infer<typeof officeOverview>;
export type AgencyOverview = z.infer<typeof agencyOverview>;
export type TicketView = z.infer<typeof ticketView>;
export type IssuedTicket = z.infer<typeof issuedTicket>;
export type KioskTicket = z.infer<typeof kioskTicket>;
export type PrinterStatusView = z.infer<typeof printerStatus>;
export type PrintReport = z.infer<typeof printReport>;
export type StorageStatusView = z.infer<typeof storageStatus>;
export type CounterView = z.infer<typeof counterView>;
export type QueueSnapshot = z.infer<typeof queueSnapshot>;

export const staffRole = z.enum(['counter', 'supervisor']);

export const sessionView = z.object({
  role: staffRole,
  counter: z.int().nullable(),
  staffName: z.string(),
  expiresAt: z.int(),
  /** The agency the staff member belongs to in a Mal Pelayanan Publik; null: the building. */
  agency: z.string().nullable(),
});

export const staffView = z.object({ id: z.int(), name: z.string(), role: staffRole, active: z.boolean(), agency: z.string().nullable() });

export const deviceRole = z.enum(['kiosk', 'display']);

export const callView = z.object({
  callId: z.int(),
  ticket: ticketView,
  counterNumber: z.int(),
  counterName: z.string(),
  at: z.int(),
  recall: z.boolean(),
});

export type SessionView = z.infer<typeof sessionView>;
export type StaffView = z.infer<typeof staffView>;
export type CallView = z.infer<typeof callView>;
