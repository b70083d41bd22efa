import { z } from 'zod';
import { pinAttemptSchema, pinSchema } from '../domain/pin';
import {
  callView,
  counterNumber,
  deviceRole,
  sessionView,
  staffRole,
  staffView,
  counterView,
  issuedTicket,
  officeOverview,
  pauseReason,
  priorityReason,
  queueSnapshot,
  serviceCode,
  ticketId,
  ticketView,
} from './schemas';

/**
 * The one API contract. Each method is declared once here; the Electron IPC bridge, the LAN server,
 * the renderer's client and the tests all dispatch through this table.
 */

export const ROLES = ['kiosk', 'display', 'counter', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
  /** Who may call it; 'public' needs no credential (read-only data shown on screens anyway). */
  roles: readonly Role[] | 'public';
  /** State-changing methods are never served without a credential. */
  mutates: boolean;
  /** A valid input, shown in the README's curl example (a test checks it against the schema). */
  example: z.input<I>;
}

function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

const EXAMPLE_TICKET = '00000000-0000-4000-8000-00000000a001';

const empty = z.object({}).strict();
const atCounter = z.object({ counter: counterNumber }).strict();
const ticketAtCounter = z.object({ counter: counterNumber, ticketId }).strict();
const callResult = z.object({ ticket: ticketView.nullable() });
const staffName = z.string().trim().min(1, 'a name is needed').max(60);
const signedIn = z.object({ token: z.string(), session: sessionView });

export const api = {
  'office.overview': method({
    summary: 'Office name, service day and every service with its availability and waiting count (the kiosk start screen).',
    input: empty,
    output: officeOverview,
    roles: 'public',
    mutates: false,
    example: {},
  }),
  'tickets.issue': method({
    summary: 'Issue the next number of a service, optionally with a Pasal 29 priority reason.',
    input: z.object({ serviceCode, priorityReason: priorityReason.optional() }).strict(),
    output: issuedTicket,
    roles: ['kiosk', 'supervisor'],
    mutates: true,
    example: { serviceCode: 'KTP', priorityReason: 'lansia' },
  }),
  'tickets.get': method({
    summary: 'One ticket by id (status page, rating link).',
    input: z.object({ ticketId }).strict(),
    output: ticketView,
    roles: 'public',
    mutates: false,
    example: { ticketId: EXAMPLE_TICKET },
  }),
  'tickets.cancel': method({
    summary: 'Cancel a waiting or held ticket (the visitor left).',
    input: z.object({ ticketId, reason: z.string().trim().min(1).max(200) }).strict(),
    output: ticketView,
    roles: ['supervisor'],
    mutates: true,
    example: { ticketId: EXAMPLE_TICKET, reason: 'pengunjung pulang' },
  }),
  'queue.snapshot': method({
    summary: 'Waiting and held tickets per service in call order, and every counter with its current ticket.',
    input: empty,
    output: queueSnapshot,
    roles: ['display', 'counter', 'supervisor'],
    mutates: false,
    example: {},
  }),
  'counters.callNext': method({
    summary: 'Call the next ticket for this counter by the priority policy; ticket is null when nobody waits.',
    input: atCounter,
    output: callResult,
    roles: ['counter', 'supervisor'],
    mutates: true,
    example: { counter: 1 },
  }),
  'counters.callTicket': method({
    summary: 'Call a specific waiting ticket out of order; the reason is logged.',
    input: z.object({ counter: counterNumber, ticketId, reason: z.string().trim().min(1).max(200) }).strict(),
    output: callResult,
    roles: ['counter', 'supervisor'],
    mutates: true,
    example: { counter: 1, ticketId: EXAMPLE_TICKET, reason: 'berkas sudah lengkap' },
  }),
  'counters.recall': method({
    summary: 'Call the current ticket again (counted).',
    input: ticketAtCounter,
    output: ticketView,
    roles: ['counter', 'supervisor'],
    mutates: true,
    example: { counter: 1, ticketId: EXAMPLE_TICKET },
  }),
  'tickets.start': method({
    summary: 'The called visitor arrived: start serving.',
    input: ticketAtCounter,
    output: ticketView,
    roles: ['counter', 'supervisor'],
    mutates: true,
    example: { counter: 1, ticketId: EXAMPLE_TICKET },
  }),
  'tickets.finish': method({
    summary: 'Service finished.',
    input: ticketAtCounter,
    output: ticketView,
    roles: ['counter', 'supervisor'],
    mutates: true,
    example: { counter: 1, ticketId: EXAMPLE_TICKET },
  }),
  'tickets.noShow': method({
    summary: 'The called visitor did not come.',
    input: ticketAtCounter,
    output: ticketView,
    roles: ['counter', 'supervisor'],
    mutates: true,
    example: { counter: 1, ticketId: EXAMPLE_TICKET },
  }),
  'tickets.hold': method({
    summary: 'Put the current ticket aside (e.g. the visitor fetches a document); the counter is free again.',
    input: ticketAtCounter,
    output: ticketView,
    roles: ['counter', 'supervisor'],
    mutates: true,
    example: { counter: 1, ticketId: EXAMPLE_TICKET },
  }),
  'tickets.resume': method({
    summary: 'Call a held ticket again to this counter.',
    input: ticketAtCounter,
    output: ticketView,
    roles: ['counter', 'supervisor'],
    mutates: true,
    example: { counter: 1, ticketId: EXAMPLE_TICKET },
  }),
  'tickets.transfer': method({
    summary: 'Send the ticket to another service; it keeps its number and joins that queue (at the back, or the front).',
    input: z.object({ counter: counterNumber, ticketId, toService: serviceCode, toFront: z.boolean().default(false) }).strict(),
    output: ticketView,
    roles: ['counter', 'supervisor'],
    mutates: true,
    example: { counter: 1, ticketId: EXAMPLE_TICKET, toService: 'KK', toFront: true },
  }),
  'counters.open': method({
    summary: 'Open the counter (also ends a pause).',
    input: atCounter,
    output: counterView,
    roles: ['counter', 'supervisor'],
    mutates: true,
    example: { counter: 1 },
  }),
  'counters.pause': method({
    summary: 'Pause the counter with a reason; it gets no calls until reopened.',
    input: z.object({ counter: counterNumber, reason: pauseReason }).strict(),
    output: counterView,
    roles: ['counter', 'supervisor'],
    mutates: true,
    example: { counter: 1, reason: 'ibadah' },
  }),
  'counters.close': method({
    summary: 'Close the counter for the day.',
    input: atCounter,
    output: counterView,
    roles: ['counter', 'supervisor'],
    mutates: true,
    example: { counter: 1 },
  }),
  'calls.recent': method({
    summary: "Today's latest calls, newest first, each with a call id that only grows (displays use it to announce only new calls).",
    input: z.object({ limit: z.int().min(1).max(50).default(10) }).strict(),
    output: z.array(callView),
    roles: ['display', 'counter', 'supervisor'],
    mutates: false,
    example: { limit: 6 },
  }),
  'auth.status': method({
    summary: 'Whether Loket still needs its first supervisor, the counters to sign in at, and the caller\'s session if any.',
    input: empty,
    output: z.object({
      needsSetup: z.boolean(),
      counters: z.array(z.object({ number: counterNumber, name: z.string() })),
      session: sessionView.nullable(),
    }),
    roles: 'public',
    mutates: false,
    example: {},
  }),
  'auth.setup': method({
    summary: 'First run only, on the office PC itself: create the first supervisor and sign in (no default PIN ships).',
    input: z.object({ name: staffName, pin: pinSchema }).strict(),
    output: signedIn,
    roles: 'public',
    mutates: true,
    example: { name: 'Kepala Dinas', pin: '482915' },
  }),
  'auth.signIn': method({
    summary: 'Sign in with a PIN: at a counter (counter number) or as supervisor (counter null). Wrong PINs lock that sign-in for a while.',
    input: z.object({ counter: counterNumber.nullable(), pin: pinAttemptSchema }).strict(),
    output: signedIn,
    roles: 'public',
    mutates: true,
    example: { counter: 3, pin: '482915' },
  }),
  'auth.signOut': method({
    summary: 'End the caller\'s session.',
    input: empty,
    output: z.object({ signedOut: z.literal(true) }),
    roles: ['counter', 'supervisor'],
    mutates: true,
    example: {},
  }),
  'staff.list': method({
    summary: 'Every staff member (no PINs).',
    input: empty,
    output: z.array(staffView),
    roles: ['supervisor'],
    mutates: false,
    example: {},
  }),
  'staff.create': method({
    summary: 'Add a staff member with a PIN (4–8 digits, not trivial, not used by another).',
    input: z.object({ name: staffName, role: staffRole, pin: pinSchema }).strict(),
    output: staffView,
    roles: ['supervisor'],
    mutates: true,
    example: { name: 'Maria', role: 'counter', pin: '604172' },
  }),
  'staff.setPin': method({
    summary: "Change a staff member's PIN; their sessions end.",
    input: z.object({ staffId: z.int().min(1), pin: pinSchema }).strict(),
    output: staffView,
    roles: ['supervisor'],
    mutates: true,
    example: { staffId: 2, pin: '730514' },
  }),
  'staff.disable': method({
    summary: 'Disable a staff member; their sessions end. The last supervisor cannot be disabled.',
    input: z.object({ staffId: z.int().min(1) }).strict(),
    output: staffView,
    roles: ['supervisor'],
    mutates: true,
    example: { staffId: 2 },
  }),
  'devices.pairRequest': method({
    summary: 'A kiosk or display asks to be paired; it shows the returned code until a supervisor approves it.',
    input: z.object({ role: deviceRole, label: z.string().trim().min(1).max(60) }).strict(),
    output: z.object({ requestId: z.string(), code: z.string(), expiresAt: z.int() }),
    roles: 'public',
    mutates: false,
    example: { role: 'display', label: 'TV ruang tunggu' },
  }),
  'devices.pairStatus': method({
    summary: 'The device polls its pairing request; once approved it receives its token (exactly once).',
    input: z.object({ requestId: z.string().min(10).max(100) }).strict(),
    output: z.object({ status: z.enum(['pending', 'approved', 'expired']), token: z.string().nullable() }),
    roles: 'public',
    mutates: false,
    example: { requestId: 'r3Q0m3VdV2o0c1k8bXq9zY7xW6vU5tS4' },
  }),
  'devices.approve': method({
    summary: 'A supervisor enters the code shown on a device to pair it.',
    input: z.object({ code: z.string().regex(/^\d{6}$/, 'must be the 6-digit code shown on the device') }).strict(),
    output: z.object({ role: deviceRole, label: z.string() }),
    roles: ['supervisor'],
    mutates: true,
    example: { code: '204817' },
  }),
  'devices.list': method({
    summary: 'Paired devices and other LAN credentials.',
    input: empty,
    output: z.array(z.object({ id: z.string(), role: z.string(), label: z.string(), createdAt: z.int() })),
    roles: ['supervisor'],
    mutates: false,
    example: {},
  }),
  'devices.revoke': method({
    summary: 'Revoke a device credential; the device must be paired again.',
    input: z.object({ id: z.string().regex(/^[0-9a-f]{12}$/, 'must be a device id from devices.list') }).strict(),
    output: z.object({ revoked: z.literal(true) }),
    roles: ['supervisor'],
    mutates: true,
    example: { id: '3f9a0c1d2e4b' },
  }),
} as const satisfies Record<string, MethodSpec>;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

export const METHOD_NAMES = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}
