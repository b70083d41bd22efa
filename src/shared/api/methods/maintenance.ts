import { z } from 'zod';
import { empty, method, type MethodSpec } from '../method';

/** Backups of the office database and the security log, as the supervisor sees them. */

export const backupView = z.object({
  fileName: z.string(),
  /** The office-local day the backup was taken (YYYY-MM-DD). */
  date: z.string(),
  kind: z.enum(['daily', 'before_migration']),
  sizeBytes: z.int(),
  createdAt: z.int(),
});

export const maintenanceMethods = {
  'backup.list': method({
    summary: 'The database backups kept in the data folder (daily, 14 daily + 8 weekly kept), newest first.',
    input: empty,
    output: z.object({ folder: z.string(), backups: z.array(backupView) }),
    roles: ['supervisor'],
    mutates: false,
    example: {},
  }),
  'backup.now': method({
    summary: "Take today's backup now (an online copy; serving continues), replacing an earlier one of the same day.",
    input: empty,
    output: backupView,
    roles: ['supervisor'],
    mutates: true,
    example: {},
  }),
  'security.recent': method({
    summary: 'Recent refusals since the office started (wrong sign-ins, foreign Host or Origin, floods), with source address and time, newest first.',
    input: empty,
    output: z.object({
      events: z.array(
        z.object({
          at: z.int(),
          kind: z.enum(['signin_refused', 'origin_refused', 'pairing_refused', 'connection_refused', 'limit_reached', 'phone_code_refused', 'booking_code_refused']),
          source: z.string(),
          detail: z.string(),
          /** Refusals of this kind from this source folded into one entry (within 10 s of each other). */
          count: z.int().min(1),
        }),
      ),
      /** Older refusals no longer kept (the list holds the last 200). */
      dropped: z.int(),
    }),
    roles: ['supervisor'],
    mutates: false,
    example: {},
  }),
} as const satisfies Record<string, MethodSpec>;
