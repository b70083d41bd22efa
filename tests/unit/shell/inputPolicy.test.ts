import { describe, expect, it } from 'vitest';
import { isBlockedShortcut, type KeyInput } from '../../../src/main/shell/inputPolicy';

function key(k: string, mods: Partial<KeyInput> = {}): KeyInput {
  return { type: 'keyDown', key: k, control: false, meta: false, alt: false, shift: false, ...mods };
}

describe('isBlockedShortcut', () => {
  it.each([
    ['Ctrl+R', key('r', { control: true })],
    ['Cmd+R', key('R', { meta: true })],
    ['F5', key('F5')],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['F12', key('F12')],
    ['Ctrl+W', key('w', { control: true })],
    ['Ctrl+Q', key('q', { control: true })],
    ['Alt+F4', key('F4', { alt: true })],
    ['Ctrl+F4 (close tab/window)', key('F4', { control: true })],
    ['Ctrl++', key('+', { control: true })],
    ['Ctrl+=', key('=', { control: true })],
    ['Ctrl+-', key('-', { control: true })],
    ['Ctrl+0', key('0', { control: true })],
    ['Alt+Left (back)', key('ArrowLeft', { alt: true })],
  ])('blocks %s', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(true);
  });

  it('lets ordinary typing through (a PIN, letters, Enter) and ignores key-up', () => {
    for (const k of ['1', '0', 'a', 'Enter', 'Backspace', 'F4']) expect(isBlockedShortcut(key(k))).toBe(false);
    expect(isBlockedShortcut(key('r', { control: true, type: 'keyUp' }))).toBe(false);
  });
});
