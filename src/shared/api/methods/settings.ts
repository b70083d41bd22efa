import { z } from 'zod';
import { agencyId, localizedText, officeConfigSchema, type OfficeConfig } from '../../config/officeConfig';
import { empty, method, type MethodSpec } from '../method';

/** The office's settings, edited in the supervisor screen with the same validation as the file. */

const settingsView = z.object({
  config: z.custom<OfficeConfig>(),
  /** Where the working configuration is saved. */
  savedTo: z.string(),
  changes: z.array(z.object({ at: z.int(), by: z.string(), summary: z.array(z.string()) })),
});

const shape = officeConfigSchema.shape;

/**
 * An agency's own part of the configuration (docs/agencies.md): its services and counters, listed in full and
 * as `settings.get` shows them to it, each found by its code or number (which it cannot change, nor the agency);
 * its own priority rule (left out: the building's) and its running text.
 */
export const agencySettingsSchema = z
  .object({
    services: z.array(shape.services.element.omit({ agency: true })),
    counters: z.array(shape.counters.element.omit({ agency: true })),
    priorityPolicy: shape.agencies.unwrap().element.shape.priorityPolicy,
    runningText: localizedText.optional(),
  })
  .strict();

export type AgencySettings = z.output<typeof agencySettingsSchema>;

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
  'settings.updateAgency': method({
    summary:
      "Replace one agency's own part of the configuration (its services, its counters' names and services, its priority rule and running text); the rest of the building stays as it is. Validated, checked, saved and applied exactly like settings.update. Its services and counters are listed in full, found by code and number: adding, removing or renumbering them is the building's.",
    input: z.object({ agency: agencyId, config: agencySettingsSchema, confirm: z.boolean().default(false) }).strict(),
    output: settingsView,
    roles: ['supervisor'],
    agency: 'inputs',
    mutates: true,
    example: {
      agency: 'SAMSAT',
      config: {
        services: [{ code: 'PKB', name: { id: 'Pajak kendaraan', en: 'Vehicle tax' }, prefix: 'S', targetWaitMinutes: 20 }],
        counters: [{ number: 3, name: 'Loket 3', services: ['PKB'] }],
        priorityPolicy: { mode: 'ratio', priorityPerRegular: 2 },
      },
      confirm: false,
    },
  }),
} as const satisfies Record<string, MethodSpec>;
