import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { hashPin } from '../../../src/main/auth/pinHash';
import { ERROR_PARAMS } from '../../../src/shared/api/errorParams';
import type { DispatchResult } from '../../../src/main/api/dispatcher';
import { OfficeHarness } from '../../helpers/officeHarness';

/** A sign-in refusal's figures travel as typed params, not inside the English message. */

const PIN = '604172';
const WRONG = ['111222', '222333', '333444', '444555', '555666'];

let h: OfficeHarness;
let mariaId: number;

beforeEach(async () => {
  h = new OfficeHarness();
  mariaId = h.store.staff.insert('Maria', 'counter', await hashPin(PIN), h.clock.now());
});
afterEach(() => h.close());

const from = (source: string): Caller => ({ role: null, via: 'lan', source });

function refusal(result: DispatchResult) {
  if (result.ok) throw new Error('the sign-in was accepted');
  return result.error;
}

describe('sign-in refusals as codes with params', () => {
  it('a wrong PIN carries the attempts left, and the lock its time, each valid against its declaration', async () => {
    const lefts: number[] = [];
    for (const [i, pin] of WRONG.slice(0, 4).entries()) {
      const error = refusal(await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin }, from(`10.20.0.${i}`)));
      expect(error.code).toBe('wrong_pin');
      expect(ERROR_PARAMS.wrong_pin.parse(error.params)).toEqual(error.params);
      lefts.push((error.params as { attemptsLeft: number }).attemptsLeft);
    }
    // The lower of the account's and the device's attempts: a device has fewer of its own than an account.
    expect(lefts).toEqual([3, 3, 2, 1]);

    const locked = refusal(await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: WRONG[4] }, from('10.20.1.0')));
    expect(locked).toMatchObject({ code: 'locked', params: { attemptsLeft: 0, retryAfterSeconds: 5 * 60 } });
    expect(ERROR_PARAMS.locked.parse(locked.params)).toEqual(locked.params);

    // A minute later the lock says how much is left, in seconds (the screen rounds up to minutes).
    h.clock.advance(1);
    const still = refusal(await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: PIN }, from('10.20.2.0')));
    expect(still).toMatchObject({ code: 'locked', params: { attemptsLeft: 0, retryAfterSeconds: 4 * 60 } });
  });

  it('a malformed PIN names its field and rule', async () => {
    const error = refusal(await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: '12ab' }, from('10.21.0.1')));
    expect(error).toMatchObject({ code: 'bad_request', problems: ['pin: must be 4 to 8 digits'], issues: [{ field: 'pin', rule: 'pin_format' }] });
  });
});
