import { describe, expect, it } from 'vitest';
import { PinVerifier } from '../../../src/main/auth/pinVerifier';

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
  it('runs two checks at a time, queues eight, and has no room beyond', async () => {
    const { verifier, pending, most } = controlled();
    const results: Promise<boolean>[] = [];
    for (let i = 0; i < 10; i++) {
      expect(verifier.hasRoom()).toBe(true);
      results.push(verifier.check('hash', String(i)));
    }
    expect(verifier.hasRoom()).toBe(false);
    await settle();
    expect(pending.map((p) => p.pin)).toEqual(['0', '1']);

    // Each finished check hands its slot to the next in line, in order.
    for (let done = 0; done < 10; done++) {
      pending[done]!.finish(done === 9);
      await settle();
    }
    expect(await Promise.all(results)).toEqual([false, false, false, false, false, false, false, false, false, true]);
    expect(pending.map((p) => p.pin)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(most()).toBe(2);
    expect(verifier.hasRoom()).toBe(true);
  });
});
