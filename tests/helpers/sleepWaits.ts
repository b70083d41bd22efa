import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * Finds sleeps in test code: a wait whose length is a guess instead of the state it waits for
 * (Playwright's waitForTimeout, a promise resolved by a timer, `timers/promises`). A test that sleeps
 * passes on a fast machine for the wrong reason and fails on a loaded one; it should wait on the event
 * or condition itself (a promise the code exposes, vi.waitFor / expect.poll, a Playwright locator, fake
 * timers). A timer that rejects (a deadline) or one that does work (cut a connection) is not a sleep.
 */
export interface SleepWait {
  /** As given to the scan (e.g. tests/e2e/display.test.ts), with forward slashes. */
  file: string;
  line: number;
  kind: 'waitForTimeout' | 'timer resolves a promise' | 'timers/promises';
  /** The source line, trimmed. */
  text: string;
}

/** A delay that is the behaviour under test, not a wait for state; each needs its reason. */
export interface AllowedDelay {
  file: string;
  /** A piece of the flagged line. */
  line: string;
  reason: string;
}

const WAIT_FOR_TIMEOUT = /\bwaitForTimeout\s*\(/g;
const TIMERS_PROMISES = /\bfrom\s*['"](?:node:)?timers\/promises['"]|\brequire\(\s*['"](?:node:)?timers\/promises['"]\s*\)/g;
/** `new Promise((resolve) =>` / `new Promise<T>(resolve =>` / `new Promise(function (resolve)`: the resolver's name. */
const PROMISE_EXECUTOR = /new\s+Promise\s*(?:<[^>]*>)?\s*\(\s*(?:\(\s*([A-Za-z_$][\w$]*)|([A-Za-z_$][\w$]*)\s*=>|(?:async\s+)?function\s*\(\s*([A-Za-z_$][\w$]*))/g;
/** How far into an executor a timer that resolves it is looked for (one statement, a few lines). */
const EXECUTOR_REACH = 240;

function escape(name: string): string {
  return name.replace(/[$]/g, '\\$');
}

/** A timer handed the resolver `name` itself, or an arrow that calls it. */
function timerResolving(name: string): RegExp {
  const n = escape(name);
  return new RegExp(`\\bsetTimeout\\s*\\(\\s*(?:${n}\\s*[,)]|\\(\\s*\\)\\s*=>\\s*\\{?\\s*${n}\\s*\\()`);
}

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** The sleeps in one file's source. */
export function findSleepWaits(file: string, source: string): SleepWait[] {
  const lines = source.split('\n');
  const found = new Map<number, SleepWait>();
  const add = (index: number, kind: SleepWait['kind']): void => {
    const line = lineAt(source, index);
    if (!found.has(line)) found.set(line, { file, line, kind, text: (lines[line - 1] ?? '').trim() });
  };
  for (const m of source.matchAll(WAIT_FOR_TIMEOUT)) add(m.index, 'waitForTimeout');
  for (const m of source.matchAll(TIMERS_PROMISES)) add(m.index, 'timers/promises');
  for (const m of source.matchAll(PROMISE_EXECUTOR)) {
    const resolver = m[1] ?? m[2] ?? m[3];
    if (!resolver || resolver === '_') continue;
    const body = source.slice(m.index, m.index + EXECUTOR_REACH);
    const timer = timerResolving(resolver).exec(body);
    if (timer) add(m.index + timer.index, 'timer resolves a promise');
  }
  // A resolver kept elsewhere (`let wake` assigned in an executor, then handed to a timer) under the usual names.
  for (const m of source.matchAll(/\bsetTimeout\s*\(\s*(?:resolve|res|done|wake)\s*[,)]/g)) add(m.index, 'timer resolves a promise');
  return [...found.values()].sort((a, b) => a.line - b.line);
}

/** Every script file under `root` (TypeScript and JavaScript). */
export function testSources(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(f) && !f.split(sep).includes('node_modules'))
    .map((f) => join(root, f))
    .sort();
}

/** The sleeps under `root` that no allowlist entry covers, and the entries that no longer match anything. */
export function scanForSleepWaits(root: string, allowed: readonly AllowedDelay[]): { sleeps: SleepWait[]; unusedAllowances: AllowedDelay[] } {
  const used = new Set<AllowedDelay>();
  const sleeps: SleepWait[] = [];
  for (const path of testSources(root)) {
    const file = path.split(sep).join('/');
    for (const sleep of findSleepWaits(file, readFileSync(path, 'utf8'))) {
      const allowance = allowed.find((a) => a.file === file && sleep.text.includes(a.line));
      if (allowance) used.add(allowance);
      else sleeps.push(sleep);
    }
  }
  return { sleeps, unusedAllowances: allowed.filter((a) => !used.has(a)) };
}

/** "tests/e2e/x.test.ts:12  <the line>  (its kind)" */
export function describeSleep(sleep: SleepWait, prefix = ''): string {
  return `${prefix}${sleep.file}:${sleep.line}  ${sleep.text}  (${sleep.kind})`;
}
