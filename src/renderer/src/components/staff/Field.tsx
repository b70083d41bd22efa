import { useId, type InputHTMLAttributes } from 'react';

/** A labelled text input; `pin` makes it a masked digits-only field with the numeric keyboard. */
export function Field({
  label,
  value,
  onChange,
  pin = false,
  ...rest
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  pin?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field-input"
        value={value}
        onChange={(event) => onChange(pin ? event.target.value.replace(/\D/g, '').slice(0, 8) : event.target.value)}
        {...(pin ? { type: 'password', inputMode: 'numeric' as const, autoComplete: 'off' } : { type: 'text' })}
        {...rest}
      />
    </div>
  );
}
