import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERROR_PARAMS, WRONG_STATE_REASONS } from '../../../src/shared/api/errorParams';
import { ERROR_STATUS, LoketError, isErrorCode } from '../../../src/shared/api/errors';
import { errorBody } from '../../../src/shared/api/errorBody';
import { LANGUAGES, issueKey, issueText, translate, type Language } from '../../../src/shared/i18n';
import { en } from '../../../src/shared/i18n/messages.en';
import { id } from '../../../src/shared/i18n/messages.id';
import { issuesOf } from '../../../src/shared/validation/describeIssues';
import { ISSUE_RULES, type IssueRule } from '../../../src/shared/validation/issueRules';

const DICTIONARIES: Record<Language, Record<string, string>> = { id, en };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('every error code in both languages', () => {
  it('has words for staff and for visitors', () => {
    for (const code of Object.keys(ERROR_STATUS)) {
      for (const lang of LANGUAGES) {
        expect(DICTIONARIES[lang][`staff.error.${code}`], `${lang} staff.error.${code}`).toBeTruthy();
        expect(DICTIONARIES[lang][`error.${code}`], `${lang} error.${code}`).toBeTruthy();
      }
    }
  });

  it('declares params only for real codes, and the reasons of wrong_state', () => {
    expect(Object.keys(ERROR_PARAMS).every(isErrorCode)).toBe(true);
    expect(ERROR_PARAMS.wrong_state.parse({ reason: WRONG_STATE_REASONS[0] })).toEqual({ reason: 'not_served' });
  });
});

/** Params that carry the city server's own words in one language: each language's text uses its own. */
const SAID_IN: Record<string, (typeof LANGUAGES)[number]> = { pesan: 'id', message: 'en' };

describe('every issue rule in both languages', () => {
  const rules = Object.keys(ISSUE_RULES) as IssueRule[];

  it('has a text per language that uses exactly the params the rule declares', () => {
    for (const rule of rules) {
      const key = issueKey(rule);
      const declared = [...ISSUE_RULES[rule]].sort();
      for (const lang of LANGUAGES) {
        const text = DICTIONARIES[lang][key];
        expect(text, `${lang} ${key}`).toBeTruthy();
        expect(placeholders(text ?? ''), `${lang} ${key}`).toEqual(declared.filter((param) => !(param in SAID_IN) || SAID_IN[param] === lang));
      }
      expect(DICTIONARIES.id[key], `${key} is translated`).not.toBe(DICTIONARIES.en[key]);
    }
  });

  it('fills every placeholder from the params', () => {
    for (const rule of rules) {
      const params = Object.fromEntries(ISSUE_RULES[rule].map((name) => [name, 7]));
      for (const lang of LANGUAGES) expect(issueText(lang, { field: 'x', rule, params })).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('zod issues as rules', () => {
  const schema = z
    .object({ name: z.string().trim().min(1).max(5), count: z.int().min(1).max(3), list: z.array(z.string()).max(1), kind: z.enum(['a', 'b']), width: z.union([z.literal(58), z.literal(80)]) })
    .strict();

  it('reads the rule and its figures from zod, not from the message', () => {
    const result = schema.safeParse({ name: 'panjang sekali', count: 1.5, list: ['x', 'y'], kind: 'c', width: 60, extra: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(issuesOf(result.error)).toEqual([
      { field: 'name', rule: 'too_long', params: { maximum: 5 } },
      { field: 'count', rule: 'not_integer' },
      { field: 'list', rule: 'too_many', params: { maximum: 1 } },
      { field: 'kind', rule: 'not_one_of', params: { options: 'a, b' } },
      { field: 'width', rule: 'not_one_of', params: { options: '58, 80' } },
      { field: '(root)', rule: 'unknown_keys', params: { keys: 'extra' } },
    ]);
    expect(translate('id', 'issue.too_long', { maximum: 5 })).toBe('Paling banyak 5 karakter.');
  });
});

describe('the refusal body on the wire', () => {
  it('passes params that match their declaration, and turns a mismatch into internal', () => {
    const ok = new LoketError('locked', 'Locked.', undefined, { retryAfterSeconds: 60, attemptsLeft: 0 });
    expect(errorBody(ok)).toEqual({ code: 'locked', message: 'Locked.', params: { retryAfterSeconds: 60, attemptsLeft: 0 } });
    const wrong = new LoketError('locked', 'Locked.', undefined, { retryAfterSeconds: -1 });
    expect(errorBody(wrong).code).toBe('internal');
  });
});
