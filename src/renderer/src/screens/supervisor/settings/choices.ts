import type { OfficeConfig, OpeningHours } from '../../../../../shared/config/officeConfig';
import type { PrinterConfig } from '../../../../../shared/config/printer';

/**
 * The choices of the settings form. Written as records over the configuration's own types, so the
 * compiler insists on every weekday, profile and transport (the config modules carry zod, which the
 * renderer bundle leaves out).
 */

export type Weekday = keyof OpeningHours;
export type PrinterProfile = PrinterConfig['profile'];
export type TransportType = PrinterConfig['transport']['type'];
export type FailurePolicy = PrinterConfig['onPrintFailure'];
export type PolicyMode = OfficeConfig['priority']['policy']['mode'];

const WEEKDAY_SET: Record<Weekday, true> = { mon: true, tue: true, wed: true, thu: true, fri: true, sat: true, sun: true };
const PROFILE_SET: Record<PrinterProfile, true> = {
  'epson-tm-t20': true,
  'epson-tm-t82': true,
  'pos-80': true,
  'pos-58': true,
  'xprinter-80': true,
  'xprinter-58': true,
};
const TRANSPORT_SET: Record<TransportType, true> = { none: true, tcp: true, device: true, windows: true };
const FAILURE_SET: Record<FailurePolicy, true> = { keepInQueue: true, void: true };
const MODE_SET: Record<PolicyMode, true> = { 'priority-first': true, ratio: true };

export const WEEKDAYS = Object.keys(WEEKDAY_SET) as Weekday[];
export const PRINTER_PROFILES = Object.keys(PROFILE_SET) as PrinterProfile[];
export const TRANSPORT_TYPES = Object.keys(TRANSPORT_SET) as TransportType[];
export const FAILURE_POLICIES = Object.keys(FAILURE_SET) as FailurePolicy[];
export const POLICY_MODES = Object.keys(MODE_SET) as PolicyMode[];
