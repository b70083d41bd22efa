import { createContext, useContext } from 'react';

/** The office's validation problems, each tied to the field it names ("config.services[2].prefix: …"). */
export interface FieldProblem {
  /** The path inside the configuration, e.g. "services[2].prefix" ("" for the whole document). */
  path: string;
  message: string;
  /** The line as the office sent it, for the summary. */
  raw: string;
}

export function parseProblems(problems: readonly string[]): FieldProblem[] {
  return problems.map((raw) => {
    const split = raw.indexOf(': ');
    const where = split < 0 ? '' : raw.slice(0, split);
    const message = split < 0 ? raw : raw.slice(split + 2);
    const path = where === 'config' ? '' : where.replace(/^config\./, '');
    return { path, message, raw };
  });
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
