import { translate, type Language } from '../../../../../shared/i18n';

/**
 * The office explains risky or refused changes in English sentences only (settingsImpact); the known
 * ones are retold in the supervisor's language with their figures, any other is shown as sent.
 */
const PATTERNS: { re: RegExp; render: (lang: Language, m: RegExpExecArray) => string }[] = [
  {
    re: /^services\.(\w+)\.dailyQuota: (\d+) is below the (\d+) numbers/,
    render: (lang, m) => translate(lang, 'supervisor.settings.consequence.quota', { service: m[1] ?? '', quota: m[2] ?? '', issued: m[3] ?? '' }),
  },
  {
    re: /^services\.(\w+)\.prefix: changing "(\w*)" to "(\w*)"/,
    render: (lang, m) => translate(lang, 'supervisor.settings.consequence.prefix', { service: m[1] ?? '', from: m[2] ?? '', to: m[3] ?? '' }),
  },
  {
    re: /^office\.timeZone: changing (\S+) to (\S+)/,
    render: (lang, m) => translate(lang, 'supervisor.settings.consequence.timeZone', { from: m[1] ?? '', to: m[2] ?? '' }),
  },
  {
    re: /^office\.id: the city server knows this office as "([^"]*)"/,
    render: (lang, m) => translate(lang, 'supervisor.settings.consequence.officeId', { id: m[1] ?? '' }),
  },
  {
    re: /^services: (\w+) still has (\d+) people waiting/,
    render: (lang, m) => translate(lang, 'supervisor.settings.refusal.serviceWaiting', { service: m[1] ?? '', n: m[2] ?? '' }),
  },
  {
    re: /^counters: (.+) is open or serving/,
    render: (lang, m) => translate(lang, 'supervisor.settings.refusal.counterBusy', { counter: m[1] ?? '' }),
  },
];

export function consequenceText(lang: Language, problem: string): string {
  for (const { re, render } of PATTERNS) {
    const m = re.exec(problem);
    if (m) return render(lang, m);
  }
  return problem;
}
