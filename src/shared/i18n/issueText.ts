import type { Issue, IssueRule } from '../validation/issueRules';
import type { Language } from './languages';
import type { MessageKey } from './messageKey';
import { translate } from './translate';

/** Rules whose words the screens already had under another key before rules existed (printer, settings changes, PIN). */
const KEPT_KEYS = {
  hostEmpty: 'supervisor.settings.problem.hostEmpty',
  host: 'supervisor.settings.problem.host',
  hostOutsideOffice: 'supervisor.settings.problem.hostOutsideOffice',
  port: 'supervisor.settings.problem.port',
  devicePathEmpty: 'supervisor.settings.problem.devicePathEmpty',
  devicePath: 'supervisor.settings.problem.devicePath',
  printerNameEmpty: 'supervisor.settings.problem.printerNameEmpty',
  printerNameControl: 'supervisor.settings.problem.printerNameControl',
  printerNotInstalled: 'supervisor.settings.problem.printerNotInstalled',
  noPrinterInstalled: 'supervisor.settings.problem.noPrinterInstalled',
  printerListFailed: 'supervisor.settings.problem.printerListFailed',
  service_has_waiting: 'supervisor.settings.refusal.serviceWaiting',
  counter_in_use: 'supervisor.settings.refusal.counterBusy',
  quota_below_issued: 'supervisor.settings.consequence.quota',
  prefix_mid_day: 'supervisor.settings.consequence.prefix',
  time_zone_change: 'supervisor.settings.consequence.timeZone',
  office_id_change: 'supervisor.settings.consequence.officeId',
  pin_format: 'staff.pin.format',
  pin_trivial: 'staff.pin.trivial',
} as const satisfies Partial<Record<IssueRule, MessageKey>>;

type KeptRule = keyof typeof KEPT_KEYS;

/** The message key of a rule; the typecheck fails when a rule has no "issue.<rule>" text. */
export function issueKey(rule: IssueRule): MessageKey {
  return Object.hasOwn(KEPT_KEYS, rule) ? KEPT_KEYS[rule as KeptRule] : `issue.${rule as Exclude<IssueRule, KeptRule>}`;
}

/** A field problem in the reader's language, from its rule and params only. */
export function issueText(lang: Language, issue: Issue): string {
  return translate(lang, issueKey(issue.rule), issue.params);
}

/** Every issue of a refusal as one paragraph in the reader's language. */
export function issuesText(lang: Language, issues: readonly Issue[]): string {
  return issues.map((issue) => issueText(lang, issue)).join(' ');
}
