import { useState } from 'react';
import { Field } from './Field';

/** A new PIN typed twice, as first-run setup, adding staff and changing a PIN ask for it. */
export interface NewPin {
  pin: string;
  again: string;
  setPin: (pin: string) => void;
  setAgain: (pin: string) => void;
  /** Both typings agree; the office checks the PIN rules themselves. */
  matches: boolean;
  clear: () => void;
}

export function useNewPin(): NewPin {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const clear = (): void => {
    setPin('');
    setAgain('');
  };
  return { pin, again, setPin, setAgain, matches: pin === again, clear };
}

/** The two PIN fields; their test ids are `testId` and `${testId}-again`. */
export function NewPinFields({ newPin, labels, testId }: { newPin: NewPin; labels: readonly [string, string]; testId: string }) {
  return (
    <>
      <Field label={labels[0]} value={newPin.pin} onChange={newPin.setPin} pin required data-testid={testId} />
      <Field label={labels[1]} value={newPin.again} onChange={newPin.setAgain} pin required data-testid={`${testId}-again`} />
    </>
  );
}
