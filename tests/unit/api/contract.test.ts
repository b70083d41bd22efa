import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_DOC_PATH, renderApiDoc } from '../../../scripts/lib/apiReference';
import { api, METHOD_NAMES, type MethodName } from '../../../src/shared/api/contract';
import type { Caller } from '../../../src/main/auth/caller';
import { OfficeHarness } from '../../helpers/officeHarness';
import { tableFingerprint } from '../../helpers/tableFingerprint';

describe('the API contract', () => {
  it.each(METHOD_NAMES)('%s has an example that its own input schema accepts', (name) => {
    const result = api[name].input.safeParse(api[name].example);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('lets no state-changing method be public except those that guard themselves (first-run setup and its code slip, PIN sign-in, pairing, a ticket\'s one rating by its phone code)', () => {
    const publicMutating = METHOD_NAMES.filter((name) => api[name].mutates && api[name].roles === 'public');
    expect(publicMutating).toEqual(['auth.setup', 'auth.printSetupCode', 'auth.signIn', 'devices.pairRequest', 'devices.pairStatus', 'phone.rateQuick', 'phone.rateSurvey']);
  });

  it('is documented in docs/api.md exactly as generated (run `npm run docs:api` after a change)', () => {
    expect(readFileSync(API_DOC_PATH, 'utf8')).toBe(renderApiDoc());
  });
});

/** Every file under a folder with its size, except SQLite's WAL and shared-memory files (reads may touch those). */
function filesUnder(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!/-(wal|shm)$/.test(entry.name)) out[relative(dir, path)] = statSync(path).size;
    }
  };
  walk(dir);
  return out;
}

/**
 * The contract's `mutates` flag, kept honest: every method marked read-only ("reads" in docs/api.md) is
 * called on an office with a morning of tickets, a served visitor and a rating, and must change no table,
 * no file in the data folder, announce no event, and give the same answer when asked again (so an
 * in-memory change, such as a pairing code, shows too).
 */
describe('methods marked read-only', () => {
  const office = new OfficeHarness();
  const supervisor: Caller = { role: 'supervisor', via: 'test', local: true, source: '127.0.0.1' };
  const inputs: Partial<Record<MethodName, unknown>> = {};

  beforeAll(async () => {
    await office.callAsync('auth.setup', { setupCode: office.setupCode, name: 'Kepala Kantor', pin: '482915' }, { role: null, via: 'test', local: true });
    office.openCounters(1, 2);
    const served = office.issue('KTP');
    office.issue('KK', 'lansia');
    office.issue('KTP');
    office.call('counters.callNext', { counter: 1 });
    office.call('tickets.start', { counter: 1, ticketId: served.id });
    office.clock.advance(5);
    office.call('tickets.finish', { counter: 1, ticketId: served.id });
    office.call('ratings.quick', { face: 'happy', ticketRef: served.label });
    office.call('counters.callNext', { counter: 2 });
    // The office's replica id (its identity towards the city) is made the first time anything asks for it,
    // as every office does at start when the sync client begins; made here, so that one-time birth is not
    // taken for a read's effect.
    office.call('sync.status', {});
    inputs['tickets.get'] = { ticketId: served.id };
    inputs['tickets.findToday'] = { ticketRef: served.label };
    inputs['ratings.lookup'] = { ticketRef: served.label };
    inputs['stats.view'] = { from: '2026-11-01', to: '2026-11-30' };
    inputs['phone.ticket'] = { code: office.core.phoneCodeOf(served.id) };
    // No public address configured: the check answers at once, without knocking on the example's address.
    inputs['phone.checkPublicUrl'] = {};
  });
  afterAll(() => office.close());

  const readOnly = METHOD_NAMES.filter((name) => !api[name].mutates);

  it.each(readOnly)('%s changes nothing', async (name) => {
    const input = inputs[name] ?? api[name].example;
    const tables = tableFingerprint(office.store.db);
    const files = filesUnder(office.dir.path);
    const events = office.events.length;
    const first = await office.dispatcher.dispatch(name, input, supervisor);
    const second = await office.dispatcher.dispatch(name, input, supervisor);
    expect(first.ok ? 'ok' : first.error).toBe('ok');
    expect(second).toEqual(first);
    expect(tableFingerprint(office.store.db)).toEqual(tables);
    expect(filesUnder(office.dir.path)).toEqual(files);
    expect(office.events.length).toBe(events);
  });
});
