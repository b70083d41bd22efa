import type { MessageKey } from '../../../../../shared/i18n';

/** The shape of a statistics table, shared by the tables, their cells on screen and the exports. */
export type ColumnKind = 'text' | 'count' | 'minutes' | 'share' | 'hours' | 'rate';
export type Cell = string | number | null;

export interface Column {
  label: MessageKey;
  kind: ColumnKind;
}

export interface StatsTable {
  /** Part of the export's file name: loket-statistik-<id>-<from>_<to>.csv */
  id: 'ringkasan' | 'layanan' | 'loket' | 'prioritas';
  title: MessageKey;
  columns: Column[];
  rows: { key: string; cells: Cell[] }[];
}
