import { z } from 'zod';
import { empty, method, type MethodSpec } from '../method';

/** The city sync as the supervisor sees it: status, enrolment, a push now, and the USB file. */

const syncError = z.object({ code: z.string(), message: z.string(), pesan: z.string(), status: z.int().nullable(), at: z.int() });

export const syncStatusView = z.object({
  enrolled: z.boolean(),
  state: z.enum(['not_enrolled', 'idle', 'pushing', 'waiting_retry', 'offline', 'reenrol_required', 'stopped']),
  serverUrl: z.string().nullable(),
  office: z.object({ id: z.string(), name: z.string() }).nullable(),
  kioskId: z.string().nullable(),
  replicaId: z.string(),
  lastSuccessAt: z.int().nullable(),
  rowsPending: z.int(),
  lastError: syncError.nullable(),
  nextAttemptAt: z.int().nullable(),
});

export type SyncStatusView = z.infer<typeof syncStatusView>;

export const syncMethods = {
  'sync.status': method({
    summary: 'City sync: enrolment, last successful push, rows waiting to be sent, the last error with the server\'s reason.',
    input: empty,
    output: syncStatusView,
    roles: ['supervisor'],
    mutates: false,
    example: {},
  }),
  'sync.enrol': method({
    summary: 'Enrol this kiosk with the city server using the one-time code from the city administrator.',
    input: z
      .object({
        serverUrl: z.string().trim().min(8).max(200),
        code: z.string().trim().min(12).max(20),
        label: z.string().trim().min(1).max(60).optional(),
      })
      .strict(),
    output: syncStatusView,
    roles: ['supervisor'],
    mutates: true,
    example: { serverUrl: 'http://127.0.0.1:5180', code: 'K7QM-3ZPA-W8RT', label: 'Kios Dukcapil' },
  }),
  'sync.pushNow': method({
    summary: 'Push every pending count to the city server now, without waiting for the next retry.',
    input: empty,
    output: z.object({ ok: z.boolean(), pushedRows: z.int(), rowsPending: z.int(), error: syncError.nullable() }),
    roles: ['supervisor'],
    mutates: true,
    example: {},
  }),
  'sync.exportFile': method({
    summary:
      "Write the pending counts to a signed file for the city server's import page. The file is always in the answer; with `directory` it is also written there, but only to removable media (a USB stick) or a folder inside the configuration's sync.exportFolders (links and \"..\" resolved first); any other folder is refused and nothing is written.",
    input: z.object({ directory: z.string().trim().min(1).max(500).optional() }).strict(),
    output: z.object({ fileName: z.string(), rows: z.int(), content: z.string(), writtenTo: z.string().nullable() }),
    roles: ['supervisor'],
    mutates: false,
    example: { directory: '/media/kiosk/USB' },
  }),
} as const satisfies Record<string, MethodSpec>;
