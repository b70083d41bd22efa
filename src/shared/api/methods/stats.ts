import { z } from 'zod';
import { localDate } from '../dateField';
import { empty, method, type MethodSpec } from '../method';
import { counterNumber, counterView, priorityReason, printerStatus, serviceCode, storageStatus, ticketView } from '../schemas';
import { syncStatusView } from './sync';

/** The supervisor's dashboard: the live monitor and statistics over any range. */

const maybe = z.number().nullable();

export const kpis = z.object({
  issued: z.int(),
  served: z.int(),
  noShow: z.int(),
  cancelled: z.int(),
  unservedAtClose: z.int(),
  servedRate: maybe,
  noShowRate: maybe,
  abandonment: maybe,
  waitMean: maybe,
  waitMedian: maybe,
  waitP90: maybe,
  waitMax: maybe,
  walkMean: maybe,
  serviceMean: maybe,
  serviceLevel: maybe,
});

export const statsView = z.object({
  from: z.string(),
  to: z.string(),
  /** The range asked for ran past today; it was shortened to end today. */
  capped: z.boolean(),
  days: z.int(),
  totals: kpis,
  byService: z.array(z.object({ serviceCode: z.string(), targetWaitMinutes: z.int(), kpis })),
  byCounter: z.array(
    z.object({
      counterNumber: z.int().nullable(),
      kpis,
      openHours: z.number(),
      busyHours: z.number(),
      idleWithQueueHours: z.number(),
      servedPerOpenHour: maybe,
    }),
  ),
  byPriority: z.array(z.object({ priority: z.string(), kpis, shareOfIssued: maybe })),
  /** Average arrivals per weekday (1 = Monday) and local hour over the days in the range. */
  heatmap: z.array(z.object({ weekday: z.int(), hour: z.int(), average: z.number() })),
  waitHistogram: z.array(z.object({ minute: z.int(), n: z.int() })),
  satisfaction: z.object({
    quickMean: maybe,
    quickResponses: z.int(),
    ikmKonversi: maybe,
    ikmMutu: z.string().nullable(),
    ikmRespondents: z.int(),
  }),
});

export type StatsView = z.infer<typeof statsView>;

const alert = z.object({
  kind: z.enum(['wait_over_target', 'no_counter_open', 'idle_with_queue', 'paper', 'printer', 'sync_failing', 'paused_long', 'storage_full']),
  severity: z.enum(['warning', 'critical']),
  serviceCode: z.string().nullable(),
  counterNumber: z.int().nullable(),
  /** Minutes, the printer state, or the free bytes left on a full disk, that triggered it. */
  value: z.union([z.number(), z.string()]).nullable(),
});

export const monitorView = z.object({
  at: z.int(),
  serviceDate: z.string(),
  services: z.array(
    z.object({
      serviceCode: z.string(),
      waiting: z.int(),
      longestWaitMinutes: maybe,
      estimatedWaitMinutes: maybe,
      targetWaitMinutes: z.int(),
      next: z.array(ticketView),
    }),
  ),
  counters: z.array(counterView.extend({ minutesInState: z.number(), queueWaiting: z.int() })),
  printer: printerStatus,
  sync: syncStatusView,
  storage: storageStatus,
  alerts: z.array(alert),
});

export type MonitorView = z.infer<typeof monitorView>;

export const statsMethods = {
  'stats.view': method({
    summary:
      'Statistics for a range (today, a week, a month, any range), optionally one service, counter or priority reason: every KPI of docs/queue.md, per service, counter and priority reason, arrivals by weekday and hour, and the satisfaction indices.',
    input: z
      .object({
        from: localDate,
        to: localDate,
        serviceCode: serviceCode.optional(),
        counter: counterNumber.optional(),
        priority: z.union([priorityReason, z.literal('regular')]).optional(),
      })
      .strict(),
    output: statsView,
    roles: ['supervisor'],
    agency: 'narrowed',
    mutates: false,
    example: { from: '2026-11-01', to: '2026-11-30', serviceCode: 'KTP' },
  }),
  'monitor.live': method({
    summary: "The live monitor: each service's queue, longest current wait and estimate; each counter's state; printer and sync health; alerts.",
    input: empty,
    output: monitorView,
    roles: ['supervisor'],
    agency: 'narrowed',
    mutates: false,
    example: {},
  }),
} as const satisfies Record<string, MethodSpec>;
