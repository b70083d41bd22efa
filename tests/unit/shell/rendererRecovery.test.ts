import { describe, expect, it } from 'vitest';
import { DEFAULT_RECOVERY, planRecovery } from '../../../src/main/shell/rendererRecovery';

describe('planRecovery', () => {
  it('reloads with a doubling pause, capped, and relaunches when failures keep coming', () => {
    let failures: number[] = [];
    const delays: number[] = [];
    for (let i = 0; i < DEFAULT_RECOVERY.maxReloads; i++) {
      const next = planRecovery(failures, 1_000_000 + i * 1000);
      failures = next.failures;
      if (next.plan.action !== 'reload') throw new Error('expected a reload');
      delays.push(next.plan.delayMs);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(planRecovery(failures, 1_010_000).plan).toEqual({ action: 'relaunch' });
  });

  it('forgives failures older than the window', () => {
    const old = [0, 1000, 2000, 3000, 4000, 5000];
    const next = planRecovery(old, DEFAULT_RECOVERY.windowMs + 10_000);
    expect(next.plan).toEqual({ action: 'reload', delayMs: 1000 });
    expect(next.failures).toHaveLength(1);
  });

  it('never waits longer than the cap', () => {
    const policy = { ...DEFAULT_RECOVERY, maxReloads: 20 };
    const failures = Array.from({ length: 12 }, (_, i) => i);
    expect(planRecovery(failures, 100, policy).plan).toEqual({ action: 'reload', delayMs: policy.maxDelayMs });
  });
});
