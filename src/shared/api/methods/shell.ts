import { z } from 'zod';
import { empty, method, type MethodSpec } from '../method';

/** The Electron kiosk shell: leaving kiosk mode, and the state of updates. */

/** Why this PC does not update itself: the Sistem tab words each in the supervisor's language. */
export const UPDATES_OFF = [
  'browser_mode',
  'development_build',
  'no_release_key',
  'bad_release_key',
  'deb_install',
  'versioned_appimage',
  'all_users_install',
  'unsupported_platform',
] as const;
export type UpdatesOff = (typeof UPDATES_OFF)[number];

export const updateWaitReason = z.enum(['not_in_rollout', 'people_in_queue', 'office_hours', 'not_idle']);

export const updateStatusView = z.object({
  state: z.enum(['disabled', 'idle', 'checking', 'downloading', 'downloaded', 'installing', 'error']),
  /** Why updates are off here: the rule, a path or key error it names (shown as is), and the English sentence for the log. */
  disabledWhy: z.enum(UPDATES_OFF).nullable(),
  disabledDetail: z.string().nullable(),
  disabledReason: z.string().nullable(),
  currentVersion: z.string(),
  feedUrl: z.string().nullable(),
  availableVersion: z.string().nullable(),
  downloadPercent: z.number().nullable(),
  /** The feed's staged-rollout percentage, and whether this kiosk is inside it. */
  rolloutPercent: z.number().nullable(),
  inRollout: z.boolean().nullable(),
  /** Why a downloaded update is not installed yet. */
  waitingFor: updateWaitReason.nullable(),
  lastCheckAt: z.int().nullable(),
  lastError: z.string().nullable(),
  rules: z.object({ idleMinutes: z.int(), marginMinutes: z.int() }),
  /** Errors of the main process nobody caught (a promise left unhandled), newest first; Loket kept running. */
  unexpectedErrors: z.array(z.object({ at: z.int(), source: z.string(), message: z.string(), count: z.int() })),
});

export const shellMethods = {
  'kiosk.exit': method({
    summary:
      "Leave kiosk mode on the office PC: only in the kiosk window itself (over IPC), by a supervisor signed in there with their PIN (the kiosk's own PIN door: its own back-off, no account lock).",
    input: empty,
    output: z.object({ exiting: z.literal(true) }),
    roles: ['supervisor'],
    mutates: true,
    example: {},
  }),
  'update.status': method({
    summary: 'Automatic updates from the city server: state, available version, staged rollout, and why an install is waiting.',
    input: empty,
    output: updateStatusView,
    roles: ['supervisor'],
    mutates: false,
    example: {},
  }),
} as const satisfies Record<string, MethodSpec>;
