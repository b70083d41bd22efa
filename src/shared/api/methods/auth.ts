import { z } from 'zod';
import { pinAttemptSchema, pinSchema } from '../../domain/pin';
import { empty, method, type MethodSpec } from '../method';
import { agencyId, localizedText, zoneId } from '../../config/officeConfig';
import { counterNumber, deviceRole, sessionView, staffRole, staffView } from '../schemas';

/** First-run setup, staff sign-in, staff accounts and device pairing. */

const staffName = z.string().trim().min(1, 'a name is needed').max(60);
export const staffId = z.int('must be a staff id').min(1);
const signedIn = z.object({ token: z.string(), session: sessionView });
/** A name on a sign-in screen's list: ids and names only. */
export const staffChoice = z.object({ id: z.int(), name: z.string() });

export const authMethods = {
  'auth.status': method({
    summary:
      "Whether Loket still needs its first supervisor, the counters and the names to sign in with (counter staff, supervisors; ids and names only), and the caller's session if any.",
    input: empty,
    output: z.object({
      needsSetup: z.boolean(),
      counters: z.array(z.object({ number: counterNumber, name: z.string() })),
      counterStaff: z.array(staffChoice),
      supervisors: z.array(staffChoice),
      session: sessionView.nullable(),
    }),
    roles: 'public',
    mutates: false,
    example: {},
  }),
  'auth.setup': method({
    summary:
      'First run only, on the office PC itself: create the first supervisor and sign in (no default PIN ships), with the one-time setup code the ticket printer printed at start (also in the log). Five wrong codes replace it with a new one, printed again.',
    input: z.object({ setupCode: z.string().trim().max(20), name: staffName, pin: pinSchema }).strict(),
    output: signedIn,
    roles: 'public',
    mutates: true,
    example: { setupCode: '4821 3907', name: 'Kepala Dinas', pin: '482915' },
  }),
  'auth.printSetupCode': method({
    summary: 'First run only, on the office PC itself: print the setup code again (the printer was off or out of paper at start).',
    input: empty,
    output: z.object({ printed: z.boolean(), detail: z.string() }),
    roles: 'public',
    mutates: true,
    example: {},
  }),
  'auth.signIn': method({
    summary:
      'Sign in with your own account and PIN: counter staff at a counter (counter number), a supervisor on the supervisor screens (counter null). Wrong PINs lock the account, and the device that typed them, for a while.',
    input: z.object({ staffId, counter: counterNumber.nullable(), pin: pinAttemptSchema }).strict(),
    output: signedIn,
    roles: 'public',
    mutates: true,
    example: { staffId: 2, counter: 3, pin: '482915' },
  }),
  'auth.signOut': method({
    summary: 'End the caller\'s session.',
    input: empty,
    output: z.object({ signedOut: z.literal(true) }),
    roles: ['counter', 'supervisor'],
    agency: 'any',
    mutates: true,
    example: {},
  }),
  'staff.list': method({
    summary: 'Every staff member (no PINs).',
    input: empty,
    output: z.array(staffView),
    roles: ['supervisor'],
    agency: 'narrowed',
    mutates: false,
    example: {},
  }),
  'staff.create': method({
    summary: 'Add a staff member with a PIN (4–8 digits, not trivial), of the building or of one agency.',
    input: z
      .object({
        name: staffName,
        role: staffRole,
        pin: pinSchema,
        /** In a Mal Pelayanan Publik: the agency the account belongs to (an agency supervisor's own, when left out). */
        agency: agencyId.optional(),
      })
      .strict(),
    output: staffView,
    roles: ['supervisor'],
    agency: 'inputs',
    mutates: true,
    example: { name: 'Maria', role: 'counter', pin: '604172' },
  }),
  'staff.setPin': method({
    summary: "Change a staff member's PIN; their sessions end and a lock on their account is lifted.",
    input: z.object({ staffId, pin: pinSchema }).strict(),
    output: staffView,
    roles: ['supervisor'],
    agency: 'inputs',
    mutates: true,
    example: { staffId: 2, pin: '730514' },
  }),
  'staff.disable': method({
    summary: 'Disable a staff member; their sessions end. The last supervisor cannot be disabled.',
    input: z.object({ staffId }).strict(),
    output: staffView,
    roles: ['supervisor'],
    agency: 'inputs',
    mutates: true,
    example: { staffId: 2 },
  }),
  'devices.pairRequest': method({
    summary:
      'A kiosk or display asks to be paired; it shows the returned code until a supervisor approves it. Per address: 3 codes at once (a new one replaces the oldest), 10 requests in 10 minutes. The request is kept in memory until it is approved or expires (10 minutes).',
    input: z.object({ role: deviceRole, label: z.string().trim().min(1).max(60) }).strict(),
    output: z.object({ requestId: z.string(), code: z.string(), expiresAt: z.int() }),
    roles: 'public',
    mutates: true,
    example: { role: 'display', label: 'TV ruang tunggu' },
  }),
  'devices.pairStatus': method({
    summary: 'The device polls its pairing request; once approved it receives its token (exactly once: the request is then forgotten).',
    input: z.object({ requestId: z.string().min(10).max(100) }).strict(),
    output: z.object({ status: z.enum(['pending', 'approved', 'expired']), token: z.string().nullable() }),
    roles: 'public',
    mutates: true,
    example: { requestId: 'r3Q0m3VdV2o0c1k8bXq9zY7xW6vU5tS4' },
  }),
  'devices.approve': method({
    summary:
      'A supervisor enters the code shown on a device to pair it; a display may be assigned a zone of the building (display.zones), whose calls alone it then receives.',
    input: z
      .object({
        code: z.string().regex(/^\d{6}$/, 'must be the 6-digit code shown on the device'),
        /** A display's zone; left out or null: the whole building. */
        zone: zoneId.nullable().optional(),
      })
      .strict(),
    /** `zone` only for a display given one. */
    output: z.object({ role: deviceRole, label: z.string(), zone: z.string().optional() }),
    roles: ['supervisor'],
    mutates: true,
    example: { code: '204817', zone: 'lantai-1' },
  }),
  'devices.list': method({
    summary: 'Paired devices and other LAN credentials; a display with its zone (null: the whole building).',
    input: empty,
    output: z.array(z.object({ id: z.string(), role: z.string(), label: z.string(), zone: z.string().nullable(), createdAt: z.int() })),
    roles: ['supervisor'],
    mutates: false,
    example: {},
  }),
  'devices.setZone': method({
    summary: 'Moves a paired display to another zone of the building, or (null) to the whole building; its open event stream follows within 10 s.',
    input: z.object({ id: z.string().regex(/^[0-9a-f]{12}$/, 'must be a device id from devices.list'), zone: zoneId.nullable() }).strict(),
    output: z.object({ id: z.string(), zone: z.string().nullable() }),
    roles: ['supervisor'],
    mutates: true,
    example: { id: '3f9a0c1d2e4b', zone: 'lantai-2' },
  }),
  'devices.zone': method({
    summary:
      "The calling display's zone as its header shows it (null: the whole building, an office without zones, or any other caller); a zone no longer configured comes back with no agencies, and its display receives no calls.",
    input: empty,
    output: z.object({
      zone: z
        .object({ id: z.string(), name: localizedText, agencies: z.array(z.string()), runningText: localizedText.nullable() })
        .nullable(),
    }),
    roles: ['display', 'supervisor'],
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
