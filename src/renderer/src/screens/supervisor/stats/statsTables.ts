import type { StatsView } from '../../../../../shared/api/methods/stats';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { isPriorityReason } from '../../../../../shared/domain/priority';
import { translate, type Language, type MessageKey } from '../../../../../shared/i18n';
import { counterName, serviceName } from '../dashboard/names';
import { exportValue, unitSuffix } from './cellValue';
import type { Column, ColumnKind, StatsTable } from './tableShape';

/** The statistics tables, built once and used both on screen and in the CSV/XLSX exports. */

type Kpis = StatsView['totals'];

const col = (label: MessageKey, kind: ColumnKind): Column => ({ label, kind });

/** The summary of the KPI cards as a table, with the previous period beside it when comparing. */
export function summaryTable(lang: Language, current: StatsView, previous: StatsView | null): StatsTable {
  const columns = [col('supervisor.stats.col.kpi', 'text'), col('supervisor.stats.col.value', 'text')];
  if (previous) columns.push(col('supervisor.stats.col.previous', 'text'));
  return {
    id: 'ringkasan',
    title: 'supervisor.stats.table.summary',
    columns,
    rows: SUMMARY_ROWS.map(({ label, key, kind }) => ({
      key,
      cells: [
        `${translate(lang, label)}${unitSuffix(lang, kind)}`,
        exportValue(kind, current.totals[key]),
        ...(previous ? [exportValue(kind, previous.totals[key])] : []),
      ],
    })),
  };
}

export const SUMMARY_ROWS: { label: MessageKey; key: keyof Kpis; kind: ColumnKind }[] = [
  { label: 'supervisor.kpi.issued', key: 'issued', kind: 'count' },
  { label: 'supervisor.kpi.served', key: 'served', kind: 'count' },
  { label: 'supervisor.kpi.noShow', key: 'noShow', kind: 'count' },
  { label: 'supervisor.kpi.cancelled', key: 'cancelled', kind: 'count' },
  { label: 'supervisor.kpi.unservedAtClose', key: 'unservedAtClose', kind: 'count' },
  { label: 'supervisor.kpi.servedRate', key: 'servedRate', kind: 'share' },
  { label: 'supervisor.kpi.noShowRate', key: 'noShowRate', kind: 'share' },
  { label: 'supervisor.kpi.abandonment', key: 'abandonment', kind: 'share' },
  { label: 'supervisor.kpi.waitMean', key: 'waitMean', kind: 'minutes' },
  { label: 'supervisor.kpi.waitMedian', key: 'waitMedian', kind: 'minutes' },
  { label: 'supervisor.kpi.waitP90', key: 'waitP90', kind: 'minutes' },
  { label: 'supervisor.kpi.waitMax', key: 'waitMax', kind: 'minutes' },
  { label: 'supervisor.kpi.walkMean', key: 'walkMean', kind: 'minutes' },
  { label: 'supervisor.kpi.serviceMean', key: 'serviceMean', kind: 'minutes' },
  { label: 'supervisor.kpi.serviceLevel', key: 'serviceLevel', kind: 'share' },
];

export function serviceTable(lang: Language, stats: StatsView, config: OfficeConfig | null): StatsTable {
  return {
    id: 'layanan',
    title: 'supervisor.stats.table.services',
    columns: [
      col('supervisor.stats.col.service', 'text'),
      col('supervisor.stats.col.target', 'count'),
      col('supervisor.kpi.issued', 'count'),
      col('supervisor.kpi.served', 'count'),
      col('supervisor.kpi.noShow', 'count'),
      col('supervisor.kpi.cancelled', 'count'),
      col('supervisor.kpi.abandonment', 'share'),
      col('supervisor.kpi.waitMean', 'minutes'),
      col('supervisor.kpi.waitMedian', 'minutes'),
      col('supervisor.kpi.waitP90', 'minutes'),
      col('supervisor.kpi.waitMax', 'minutes'),
      col('supervisor.kpi.walkMean', 'minutes'),
      col('supervisor.kpi.serviceMean', 'minutes'),
      col('supervisor.kpi.serviceLevel', 'share'),
    ],
    rows: stats.byService.map(({ serviceCode, targetWaitMinutes, kpis: k }) => ({
      key: serviceCode,
      cells: [
        serviceName(config, serviceCode, lang),
        targetWaitMinutes,
        k.issued,
        k.served,
        k.noShow,
        k.cancelled,
        k.abandonment,
        k.waitMean,
        k.waitMedian,
        k.waitP90,
        k.waitMax,
        k.walkMean,
        k.serviceMean,
        k.serviceLevel,
      ],
    })),
  };
}

/** Per counter; median and P90 are not kept per counter, so they are not shown. */
export function counterTable(lang: Language, stats: StatsView, config: OfficeConfig | null): StatsTable {
  return {
    id: 'loket',
    title: 'supervisor.stats.table.counters',
    columns: [
      col('supervisor.stats.col.counter', 'text'),
      col('supervisor.kpi.served', 'count'),
      col('supervisor.kpi.noShow', 'count'),
      col('supervisor.kpi.waitMean', 'minutes'),
      col('supervisor.kpi.walkMean', 'minutes'),
      col('supervisor.kpi.serviceMean', 'minutes'),
      col('supervisor.stats.col.openHours', 'hours'),
      col('supervisor.stats.col.busyHours', 'hours'),
      col('supervisor.stats.col.idleWithQueue', 'hours'),
      col('supervisor.stats.col.servedPerHour', 'rate'),
    ],
    rows: stats.byCounter.map((c) => ({
      key: String(c.counterNumber),
      cells: [
        counterName(config, c.counterNumber, translate(lang, 'supervisor.stats.noCounter')),
        c.kpis.served,
        c.kpis.noShow,
        c.kpis.waitMean,
        c.kpis.walkMean,
        c.kpis.serviceMean,
        c.openHours,
        c.busyHours,
        c.idleWithQueueHours,
        c.servedPerOpenHour,
      ],
    })),
  };
}

export function priorityName(lang: Language, priority: string): string {
  return isPriorityReason(priority) ? translate(lang, `priority.${priority}`) : translate(lang, 'supervisor.stats.regular');
}

/** Per priority reason (UU 25/2009 Pasal 29) with its share of the numbers issued. */
export function priorityTable(lang: Language, stats: StatsView): StatsTable {
  return {
    id: 'prioritas',
    title: 'supervisor.stats.table.priority',
    columns: [
      col('supervisor.stats.col.priority', 'text'),
      col('supervisor.kpi.issued', 'count'),
      col('supervisor.stats.col.share', 'share'),
      col('supervisor.kpi.served', 'count'),
      col('supervisor.kpi.noShow', 'count'),
      col('supervisor.kpi.waitMean', 'minutes'),
      col('supervisor.kpi.waitMax', 'minutes'),
      col('supervisor.kpi.serviceLevel', 'share'),
    ],
    rows: stats.byPriority.map((p) => ({
      key: p.priority,
      cells: [priorityName(lang, p.priority), p.kpis.issued, p.shareOfIssued, p.kpis.served, p.kpis.noShow, p.kpis.waitMean, p.kpis.waitMax, p.kpis.serviceLevel],
    })),
  };
}
