import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The WCAG 2.2 AA rule sets (A and AA of every version up to 2.2) that every screen must pass. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Rules switched off for a screen, each with its reason; an empty list is the rule. A rule goes here only
 * when axe cannot judge it on that screen (never to hide a real violation).
 */
export interface AxeExemption {
  rule: string;
  reason: string;
}

/** One line per violation: rule, impact, and the elements it found, so a failure says what to fix. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Runs axe-core on the page as it is now and fails with every WCAG 2.2 AA violation listed. */
export async function expectAccessible(page: Page, state: string, exemptions: readonly AxeExemption[] = []): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (exemptions.length > 0) builder = builder.disableRules(exemptions.map((e) => e.rule));
  const { violations } = await builder.analyze();
  expect(describe(violations), `axe-core on ${state}`).toEqual([]);
}
