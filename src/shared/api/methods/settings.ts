import { z } from 'zod';
import { officeConfigSchema, type OfficeConfig } from '../../config/officeConfig';
import { empty, method, type MethodSpec } from '../method';

/** The office's settings, edited in the supervisor screen with the same validation as the file. */

const settingsView = z.object({
  config: z.custom<OfficeConfig>(),
  /** Where the working configuration is saved. */
  savedTo: z.string(),
  changes: z.array(z.object({ at: z.int(), by: z.string(), summary: z.array(z.string()) })),
});

export const settingsMethods = {
  'settings.get': method({
    summary: "The office's current configuration and the log of who changed it and when.",
    input: empty,
    output: settingsView,
    roles: ['supervisor'],
    agency: 'narrowed',
    mutates: false,
    example: {},
  }),
  'settings.update': method({
    summary:
      'Replace the configuration (validated exactly like the file), applied at once without a restart. Changes that would orphan waiting visitors are refused; risky ones (a quota below today\'s count, a new time zone) need confirm: true.',
    input: z.object({ config: officeConfigSchema, confirm: z.boolean().default(false) }).strict(),
    output: settingsView,
    roles: ['supervisor'],
    mutates: true,
    example: {
      config: {
        office: { id: 'kupang-dukcapil', name: 'Dinas Dukcapil Kota Kupang', openingHours: { mon: ['08:00-15:00'] } },
        services: [{ code: 'KTP', name: { id: 'KTP-el', en: 'ID card' }, prefix: 'A', dailyQuota: 150 }],
        counters: [{ number: 1, name: 'Loket 1', services: ['KTP'] }],
      },
      confirm: true,
    },
  }),
} as const satisfies Record<string, MethodSpec>;
