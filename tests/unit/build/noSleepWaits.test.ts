import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSleep, findSleepWaits, scanForSleepWaits, type AllowedDelay } from '../../helpers/sleepWaits';

/**
 * No test waits for state by sleeping: a sleep passes on a fast machine for the wrong reason and fails on
 * a loaded one. Tests wait on the event or condition itself (docs/development.md, "How tests wait").
 * The only timers allowed are delays that ARE the behaviour under test, each listed here with its reason.
 */
export const ALLOWED_DELAYS: readonly AllowedDelay[] = [
  {
    file: 'tests/integration/sync/faultProxy.ts',
    line: 'resolve, ms));',
    reason: 'the fault proxy delays requests on purpose (latency and reordering are the faults injected)',
  },
  {
    file: 'tests/integration/sync/kioskSync.ts',
    line: 'PACE_MS))',
    reason: 'office work is paced so that the running sync client pushes in between: batches are read mid-change',
  },
  {
    file: 'tests/e2e/powerCut.test.ts',
    line: 'killAfterMs))',
    reason: 'the power cut lands at a random moment of the load: the moment is the test',
  },
  {
    file: 'tests/helpers/fakeWindowsPrintHelper.mjs',
    line: 'const sleep = (ms)',
    reason: 'a "Slow:" printer of the fake Windows print helper takes that long to print (the slowness is the test)',
  },
  {
    file: 'tests/unit/voice/callQueue.test.ts',
    line: 'CALL_MS))',
    reason: 'the fake player speaks for CALL_MS of fake time (vi.useFakeTimers): the queue under test is a timer',
  },
];

const SAMPLES = join('tests', 'unit', 'build', 'sleepWaitSamples');

describe('the sleep check', () => {
  it('finds every kind of sleep in a sample that must fail, on the line it is written', () => {
    const source = readFileSync(join(SAMPLES, 'sleeps.sample.txt'), 'utf8');
    const marked = source.split('\n').flatMap((text, i) => (text.includes('// SLEEP') ? [i + 1] : []));
    expect(marked).toHaveLength(10);
    expect(findSleepWaits('sleeps.sample.txt', source).map((s) => s.line)).toEqual(marked);
  });

  it('finds nothing in a sample that waits on state, sets deadlines and cuts connections', () => {
    expect(findSleepWaits('waits.sample.txt', readFileSync(join(SAMPLES, 'waits.sample.txt'), 'utf8'))).toEqual([]);
  });

  it('names the file and line of what it found', () => {
    const source = readFileSync(join(SAMPLES, 'sleeps.sample.txt'), 'utf8');
    const [first] = findSleepWaits('tests/unit/build/sleepWaitSamples/sleeps.sample.txt', source);
    expect(first && describeSleep(first)).toBe(`tests/unit/build/sleepWaitSamples/sleeps.sample.txt:2  ${source.split('\n')[1]}  (waitForTimeout)`);
  });
});

describe('the tests', () => {
  const { sleeps, unusedAllowances } = scanForSleepWaits('tests', ALLOWED_DELAYS);

  it('never sleep to wait for state (page.waitForTimeout, a promise resolved by a timer, timers/promises)', () => {
    expect(sleeps.map((s) => describeSleep(s)), 'wait on the event or condition instead (vi.waitFor, expect.poll, a locator, fake timers)').toEqual([]);
  });

  it('list only delays that are still there, each with its reason', () => {
    expect(unusedAllowances).toEqual([]);
    for (const allowance of ALLOWED_DELAYS) expect(allowance.reason.length, allowance.file).toBeGreaterThan(20);
  });
});
