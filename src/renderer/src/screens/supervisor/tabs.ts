import type { ComponentType } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import { DevicesPanel } from './DevicesPanel';
import type { PanelProps } from './panelTypes';
import { StaffPanel } from './StaffPanel';

export interface SupervisorTab {
  id: string;
  label: MessageKey;
  Panel: ComponentType<PanelProps>;
}

/** The supervisor's tabs, in order; the dashboard (issue 6) adds its own here. */
export const SUPERVISOR_TABS: readonly SupervisorTab[] = [
  { id: 'staff', label: 'supervisor.tab.staff', Panel: StaffPanel },
  { id: 'devices', label: 'supervisor.tab.devices', Panel: DevicesPanel },
];
