import type { z } from 'zod';
import { isIssueRule, type Issue, type IssueParams, type IssueRule } from './issueRules';

/** "services[2].prefix" from a zod issue path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** One readable line per problem, each naming the field (for logs, API users and the summary's fallback). */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
}

/** The same problems as rules with params, in the same order, for screens to word in their language. */
export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => {
    const [rule, params] = ruleOf(issue);
    return { field: formatIssuePath(issue.path), rule, ...(params ? { params } : {}) };
  });
}

type Sized = 'string' | 'number' | 'array';

function sized(origin: string): Sized | null {
  if (origin === 'string' || origin === 'array') return origin;
  return origin === 'number' || origin === 'int' ? 'number' : null;
}

const SMALL: Record<Sized, IssueRule> = { string: 'too_short', number: 'too_small', array: 'too_few' };
const BIG: Record<Sized, IssueRule> = { string: 'too_long', number: 'too_big', array: 'too_many' };

/** zod's issue code (or a refine's named rule) as one of ISSUE_RULES. */
function ruleOf(issue: z.core.$ZodIssue): [IssueRule, IssueParams?] {
  switch (issue.code) {
    case 'custom': {
      const named = issue.params as { rule?: unknown; ruleParams?: IssueParams } | undefined;
      return isIssueRule(named?.rule) ? [named.rule, named.ruleParams] : ['invalid'];
    }
    case 'too_small': {
      const kind = sized(issue.origin);
      if (kind === 'string' && Number(issue.minimum) === 1) return ['empty'];
      return kind ? [SMALL[kind], { minimum: Number(issue.minimum) }] : ['invalid'];
    }
    case 'too_big': {
      const kind = sized(issue.origin);
      return kind ? [BIG[kind], { maximum: Number(issue.maximum) }] : ['invalid'];
    }
    case 'invalid_type':
      if (issue.expected === 'int') return ['not_integer'];
      if (issue.expected === 'number') return ['not_number'];
      return ['wrong_type', { expected: issue.expected }];
    case 'invalid_value':
      return ['not_one_of', { options: issue.values.map(String).join(', ') }];
    case 'invalid_union': {
      // A union of literals ("58 or 80") names its choices; any other union is just invalid.
      const values = issue.errors.flatMap((branch) => (branch.length === 1 && branch[0]?.code === 'invalid_value' ? branch[0].values : [undefined]));
      return values.length > 0 && values.every((v) => v !== undefined) ? ['not_one_of', { options: values.map(String).join(', ') }] : ['invalid'];
    }
    case 'invalid_format':
      return ['pattern'];
    case 'unrecognized_keys':
      return ['unknown_keys', { keys: issue.keys.join(', ') }];
    default:
      return ['invalid'];
  }
}
