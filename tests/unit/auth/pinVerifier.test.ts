import { describe, expect, it } from 'vitest';
import { PIN_CHECK_QUEUE, PIN_CHECKS_AT_ONCE, PinVerifier } from '../../../src/main/auth/pinVerifier';

/** A verifier whose checks finish only when the test says so. */
function controlled() {
  const pending: { pin: string; finish: (right: boolean) => void }[] = [];
  let running = 0;
  let most = 0;
  const verifier = new PinVerifier(
    (_hash, pin) =>
      new Promise<boolean>((resolve) => {
        running += 1;
        most = Math.max(most, running);
        pending.push({
          pin,
          finish: (right) => {
            running -= 1;
            resolve(right);
          },
        });
      }),
  );
  return { verifier, pending, most: () => most };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('PinVerifier', () => {
  it('runs a check per core but one at a time, queues eight, and has no room beyond', async () => {
    const { verifier, pending, most } = controlled();
    const total = PIN_CHECKS_AT_ONCE + PIN_CHECK_QUEUE;
    const results: Promise<boolean>[] = [];
    for (let i = 0; i < total; i++) {
      expect(verifier.hasRoom()).toBe(true);
      results.push(verifier.check('hash', String(i)));
    }
    expect(verifier.hasRoom()).toBe(false);
    await settle();
    const pins = Array.from({ length: total }, (_, i) => String(i));
    expect(pending.map((p) => p.pin)).toEqual(pins.slice(0, PIN_CHECKS_AT_ONCE));

    // Each finished check hands its slot to the next in line, in order.
    for (let done = 0; done < total; done++) {
      pending[done]!.finish(done === total - 1);
      await settle();
    }
    expect(await Promise.all(results)).toEqual(pins.map((_, i) => i === total - 1));
    expect(pending.map((p) => p.pin)).toEqual(pins);
    expect(most()).toBe(PIN_CHECKS_AT_ONCE);
    expect(verifier.hasRoom()).toBe(true);
  });
});
