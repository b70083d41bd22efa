/**
 * Every rule a field can break, with the params its translation needs. Declared once here (no zod, so the
 * renderer can import it); the screens word an issue from its rule and params, never from the English line.
 */
export const ISSUE_RULES = {
  // Generic rules, read from zod's own issue codes.
  empty: [],
  too_short: ['minimum'],
  too_long: ['maximum'],
  too_small: ['minimum'],
  too_big: ['maximum'],
  too_few: ['minimum'],
  too_many: ['maximum'],
  not_integer: [],
  not_number: [],
  wrong_type: ['expected'],
  not_one_of: ['options'],
  unknown_keys: ['keys'],
  pattern: [],
  invalid: [],
  // Dates, times and periods.
  not_date: [],
  not_time: [],
  not_time_range: [],
  range_reversed: [],
  in_future: [],
  not_time_zone: [],
  // Office configuration.
  office_id: [],
  service_code: [],
  service_prefix: [],
  duplicate_service: ['code'],
  duplicate_prefix: ['prefix', 'service'],
  duplicate_counter: ['number'],
  unknown_service: ['code'],
  service_unserved: ['code'],
  agency_id: [],
  logo_file: [],
  zone_id: [],
  duplicate_agency: ['agency'],
  duplicate_zone: ['zone'],
  no_agencies: ['agency'],
  agency_missing: [],
  unknown_agency: ['agency'],
  counter_other_agency: ['code', 'owner', 'agency'],
  agency_without_services: ['agency'],
  // An agency's own settings (settings.updateAgency): its services and counters are found, never added.
  not_agency_service: ['code', 'agency'],
  not_agency_counter: ['number', 'agency'],
  agency_service_left_out: ['code'],
  agency_counter_left_out: ['number'],
  not_host: [],
  public_url: [],
  not_absolute_folder: [],
  not_release_key: [],
  poll_interval: [],
  file_only: [],
  // Printer (the keys of PRINTER_PROBLEMS, shared/config/printerProblems).
  hostEmpty: [],
  host: [],
  hostOutsideOffice: [],
  port: [],
  devicePathEmpty: [],
  devicePath: [],
  printerNameEmpty: [],
  printerNameControl: [],
  printerNotInstalled: ['name', 'installed'],
  noPrinterInstalled: ['name'],
  printerListFailed: ['detail'],
  // Settings changes the office's state refuses or asks to confirm (settingsImpact).
  service_has_waiting: ['service', 'n'],
  counter_in_use: ['counter'],
  quota_below_issued: ['service', 'quota', 'issued'],
  prefix_mid_day: ['service', 'from', 'to'],
  time_zone_change: ['from', 'to'],
  office_id_change: ['id'],
  // Moving a service day a wrong clock dated (serviceDay.move).
  day_same: ['from'],
  day_after_today: ['to', 'today'],
  day_is_real: ['from', 'today'],
  day_in_use: ['from', 'today'],
  numbers_collide: ['numbers', 'from', 'to'],
  day_already_sent: ['n', 'from'],
  day_empty: ['from'],
  // Enrolment with the city server: the city's own words come in both languages.
  not_url: ['url'],
  url_scheme: [],
  city_unreachable: ['server', 'detail'],
  city_refused: ['pesan', 'message'],
  // Staff accounts.
  pin_format: [],
  pin_trivial: [],
} as const satisfies Record<string, readonly string[]>;

export type IssueRule = keyof typeof ISSUE_RULES;

export type IssueParams = Record<string, string | number>;

/**
 * One item a refusal lists (a field problem of bad_request, a consequence of needs_confirmation, an obstacle
 * of wrong_state): where (the path as in the English line, "services[2].prefix"), which rule, its figures.
 */
export interface Issue {
  field: string;
  rule: IssueRule;
  params?: IssueParams;
}

export function isIssueRule(value: unknown): value is IssueRule {
  return typeof value === 'string' && Object.hasOwn(ISSUE_RULES, value);
}

/**
 * The options of a zod refine that names its rule: `.refine(ok, ruled('not_time_zone', 'is not …'))`.
 * zod keeps `params` on the custom issue, where issueOf reads the rule back.
 */
export function ruled(rule: IssueRule, message: string, params?: IssueParams): { message: string; params: { rule: IssueRule; ruleParams?: IssueParams } } {
  return { message, params: params ? { rule, ruleParams: params } : { rule } };
}
