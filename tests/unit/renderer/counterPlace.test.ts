import { describe, expect, it } from 'vitest';
import { counterPlace, counterPlaceText } from '../../../src/renderer/src/screens/display/counterPlace';

describe('where the TV sends a called visitor', () => {
  it('shows the number the voice says beside a name that lacks it', () => {
    expect(counterPlace('id', 6, 'Meja Informasi')).toEqual({ number: 'Loket 6', name: 'Meja Informasi' });
    expect(counterPlace('en', 6, 'Meja Informasi')).toEqual({ number: 'Counter 6', name: 'Meja Informasi' });
    expect(counterPlaceText(counterPlace('id', 6, 'Meja Informasi'))).toBe('Loket 6 · Meja Informasi');
  });

  it('shows a name that already carries its number alone, never twice', () => {
    expect(counterPlace('id', 1, 'Loket 1')).toEqual({ number: 'Loket 1', name: null });
    expect(counterPlace('id', 6, 'Loket 6 Informasi')).toEqual({ number: 'Loket 6 Informasi', name: null });
    // "Loket 12" does not carry the number 1.
    expect(counterPlace('id', 1, 'Loket 12')).toEqual({ number: 'Loket 1', name: 'Loket 12' });
    expect(counterPlace('id', 3, ' ')).toEqual({ number: 'Loket 3', name: null });
  });
});
