import { describe, expect, it } from 'vitest';
import { formatSetupCode, SETUP_CODE_TRIES, SetupCode } from '../../../src/main/auth/setupCode';

function codeWithLog() {
  const announced: string[] = [];
  const code = new SetupCode((c) => {
    announced.push(c);
    return Promise.resolve({ printed: true, detail: 'test' });
  });
  return { code, announced };
}

describe('SetupCode', () => {
  it('makes one eight-digit code and announces it once, however often the office asks', () => {
    const { code, announced } = codeWithLog();
    code.ensure();
    code.ensure();
    expect(announced).toHaveLength(1);
    expect(announced[0]).toMatch(/^\d{8}$/);
    expect(formatSetupCode(announced[0]!)).toMatch(/^\d{4} \d{4}$/);
  });

  it('accepts the code as printed, with or without its space', () => {
    const { code, announced } = codeWithLog();
    code.ensure();
    expect(code.check(formatSetupCode(announced[0]!))).toBe(true);
    expect(code.check(announced[0]!)).toBe(true);
  });

  it('replaces the code with a new, announced one after five wrong guesses, so guessing never pays', () => {
    const { code, announced } = codeWithLog();
    code.ensure();
    const first = announced[0]!;
    const wrong = first === '00000000' ? '00000001' : '00000000';
    for (let i = 0; i < SETUP_CODE_TRIES; i++) expect(code.check(wrong)).toBe(false);
    expect(announced).toHaveLength(2);
    expect(code.check(first)).toBe(announced[1] === first);
    expect(code.check(announced[1]!)).toBe(true);
  });

  it('is spent by the setup: no code opens it again, until a new one is made', async () => {
    const { code, announced } = codeWithLog();
    code.ensure();
    code.spend();
    expect(code.check(announced[0]!)).toBe(false);
    await code.announceAgain();
    expect(announced).toHaveLength(2);
    expect(code.check(announced[1]!)).toBe(true);
  });

  it('prints the same code again on request (the printer was off at start)', async () => {
    const { code, announced } = codeWithLog();
    code.ensure();
    await code.announceAgain();
    expect(announced).toEqual([announced[0], announced[0]]);
  });
});
