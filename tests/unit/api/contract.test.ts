import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_END, API_START, renderApiReference } from '../../../scripts/lib/apiReference';
import { api, METHOD_NAMES } from '../../../src/shared/api/contract';

describe('the API contract', () => {
  it.each(METHOD_NAMES)('%s has an example that its own input schema accepts', (name) => {
    const result = api[name].input.safeParse(api[name].example);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('lets no state-changing method be public except those that guard themselves (first-run setup and its code slip, PIN sign-in)', () => {
    const publicMutating = METHOD_NAMES.filter((name) => api[name].mutates && api[name].roles === 'public');
    expect(publicMutating).toEqual(['auth.setup', 'auth.printSetupCode', 'auth.signIn']);
  });

  it('is documented in the README exactly as generated (run `npm run docs:api` after a change)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = readme.slice(readme.indexOf(API_START), readme.indexOf(API_END) + API_END.length);
    expect(block).toBe(renderApiReference());
  });
});
