import { lazy, type ComponentType } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import { DevicesPanel } from './DevicesPanel';
import { MonitorPanel } from './monitor/MonitorPanel';
import type { PanelProps } from './panelTypes';
import { StaffPanel } from './StaffPanel';

export interface SupervisorTab {
  id: string;
  label: MessageKey;
  Panel: ComponentType<PanelProps>;
  /** Shown to a supervisor of one agency (the building's business is not theirs; the office refuses it anyway). */
  forAgency?: true;
}

// Loaded when first opened: echarts, the exporters, the settings form and the system tab stay out of the kiosk's bundle.
const StatsPanel = lazy(() => import('./stats/StatsPanel'));
const SettingsPanel = lazy(() => import('./settings/SettingsPanel'));
const SyncPanel = lazy(() => import('./sync/SyncPanel'));
const SystemPanel = lazy(() => import('./system/SystemPanel'));
const BookingsPanel = lazy(() => import('./bookings/BookingsPanel'));

/** The supervisor's tabs, in order; the first is shown after sign-in. */
export const SUPERVISOR_TABS: readonly SupervisorTab[] = [
  { id: 'monitor', label: 'supervisor.tab.monitor', Panel: MonitorPanel, forAgency: true },
  { id: 'stats', label: 'supervisor.tab.stats', Panel: StatsPanel, forAgency: true },
  { id: 'bookings', label: 'supervisor.tab.bookings', Panel: BookingsPanel },
  { id: 'settings', label: 'supervisor.tab.settings', Panel: SettingsPanel, forAgency: true },
  { id: 'sync', label: 'supervisor.tab.sync', Panel: SyncPanel },
  { id: 'staff', label: 'supervisor.tab.staff', Panel: StaffPanel, forAgency: true },
  { id: 'devices', label: 'supervisor.tab.devices', Panel: DevicesPanel },
  { id: 'system', label: 'supervisor.tab.system', Panel: SystemPanel },
];
