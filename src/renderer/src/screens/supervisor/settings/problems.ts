import { createContext, useContext } from 'react';
import { issueText, translate, type Language } from '../../../../../shared/i18n';
import type { ApiError } from '../../../api/client';
import { inPercent } from './bookingSettings';

/** The office's validation problems, each tied to the field it names and worded in the supervisor's language. */
export interface FieldProblem {
  /** The path inside the configuration, e.g. "services[2].prefix" ("" for the whole document). */
  path: string;
  message: string;
  /** Unique among the problems, for React. */
  key: string;
}

/** A refused save's issues ("config.office.timeZone", rule not_time_zone) as problems at their fields. */
export function fieldProblems(lang: Language, error: ApiError): FieldProblem[] {
  if (error.issues.length === 0) return [{ path: '', message: translate(lang, 'staff.error.bad_request'), key: error.code }];
  return error.issues.map((issue, i) => ({
    path: issue.field === 'config' ? '' : issue.field.replace(/^config\./, ''),
    message: issueText(lang, inPercent(issue)),
    key: `${i}:${issue.field}`,
  }));
}

/** The problems at a field or inside it: "services[0].openingHours" also shows "services[0].openingHours.mon[1]". */
export function problemsAt(problems: readonly FieldProblem[], path: string): FieldProblem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`));
}

export const ProblemsContext = createContext<readonly FieldProblem[]>([]);

export function useProblemsAt(path: string | undefined): FieldProblem[] {
  const problems = useContext(ProblemsContext);
  return path === undefined ? [] : problemsAt(problems, path);
}
