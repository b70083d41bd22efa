import { useEffect, useId, useState, type ReactNode } from 'react';
import { useProblemsAt } from './problems';

/** Settings inputs: each names its configuration path, so the office's problems for it show right under it. */

interface Base {
  label: string;
  /** The configuration path this input edits, e.g. "services[2].prefix". */
  path?: string;
  testId?: string;
  hint?: string;
  disabled?: boolean;
}

function FieldShell({ id, label, hint, path, children, wide }: { id: string; label: string; hint?: string; path?: string; children: ReactNode; wide?: boolean }) {
  const problems = useProblemsAt(path);
  return (
    <div className={`set-field${wide ? ' set-field--wide' : ''}${problems.length ? ' set-field--invalid' : ''}`} data-path={path}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint && <span className="set-hint">{hint}</span>}
      {problems.map((p) => (
        <span key={p.key} className="set-problem" id={`${id}-problem`} role="alert" data-testid="field-problem">
          {p.message}
        </span>
      ))}
    </div>
  );
}

function invalid(path: string | undefined, problems: unknown[]): { 'aria-invalid'?: true } {
  return path && problems.length ? { 'aria-invalid': true } : {};
}

export function TextInput({ label, path, testId, hint, disabled, value, onChange, maxLength, wide }: Base & { value: string; onChange: (v: string) => void; maxLength?: number; wide?: boolean }) {
  const id = useId();
  const problems = useProblemsAt(path);
  return (
    <FieldShell id={id} label={label} hint={hint} path={path} wide={wide}>
      <input id={id} className="field-input set-input" value={value} maxLength={maxLength} disabled={disabled} onChange={(e) => onChange(e.target.value)} data-testid={testId} {...invalid(path, problems)} />
    </FieldShell>
  );
}

/**
 * A number kept as typed while editing; an empty box means "not set" (undefined), anything else is sent
 * as a number for the office to judge (it names a non-whole or out-of-range value itself).
 */
export function NumberInput({ label, path, testId, hint, disabled, value, onChange, step = 1 }: Base & { value: number | undefined; onChange: (v: number | undefined) => void; step?: number | 'any' }) {
  const id = useId();
  const problems = useProblemsAt(path);
  const shown = value === undefined || Number.isNaN(value) ? '' : String(value);
  const [text, setText] = useState(shown);
  useEffect(() => {
    setText((t) => (t.trim() === '' ? shown : Number(t) === value ? t : shown));
  }, [shown, value]);
  return (
    <FieldShell id={id} label={label} hint={hint} path={path}>
      <input
        id={id}
        className="field-input set-input set-input--number"
        type="number"
        inputMode="decimal"
        step={step}
        value={text}
        disabled={disabled}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value.trim() === '' ? undefined : Number(e.target.value));
        }}
        data-testid={testId}
        {...invalid(path, problems)}
      />
    </FieldShell>
  );
}

export function SelectInput<T extends string>({ label, path, testId, hint, disabled, value, options, onChange }: Base & { value: T; options: readonly { value: T; label: string }[]; onChange: (v: T) => void }) {
  const id = useId();
  const problems = useProblemsAt(path);
  return (
    <FieldShell id={id} label={label} hint={hint} path={path}>
      <select
        id={id}
        className="field-input set-input"
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const chosen = options.find((o) => o.value === e.target.value);
          if (chosen) onChange(chosen.value);
        }}
        data-testid={testId}
        {...invalid(path, problems)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckInput({ label, path, testId, checked, onChange, disabled }: Base & { checked: boolean; onChange: (v: boolean) => void }) {
  const problems = useProblemsAt(path);
  return (
    <div className="set-field set-field--check" data-path={path}>
      <label className="set-check">
        <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
        {label}
      </label>
      {problems.map((p) => (
        <span key={p.key} className="set-problem" role="alert" data-testid="field-problem">
          {p.message}
        </span>
      ))}
    </div>
  );
}

/**
 * A list typed as text (time ranges split by commas, dates or footer lines one per line), kept as typed
 * while editing so a half-typed separator is not swallowed.
 */
export function ListInput({
  label,
  path,
  testId,
  hint,
  value,
  onChange,
  separator,
  rows,
}: Base & { value: readonly string[]; onChange: (v: string[]) => void; separator: ',' | '\n'; rows?: number }) {
  const id = useId();
  const problems = useProblemsAt(path);
  const joined = value.join(separator === ',' ? ', ' : '\n');
  const [text, setText] = useState(joined);
  useEffect(() => {
    setText((t) => (split(t, separator).join('|') === value.join('|') ? t : joined));
  }, [joined, value, separator]);
  const change = (next: string): void => {
    setText(next);
    onChange(split(next, separator));
  };
  return (
    <FieldShell id={id} label={label} hint={hint} path={path} wide={rows !== undefined}>
      {rows === undefined ? (
        <input id={id} className="field-input set-input" value={text} onChange={(e) => change(e.target.value)} data-testid={testId} {...invalid(path, problems)} />
      ) : (
        <textarea id={id} className="field-input set-input set-textarea" rows={rows} value={text} onChange={(e) => change(e.target.value)} data-testid={testId} {...invalid(path, problems)} />
      )}
    </FieldShell>
  );
}

function split(text: string, separator: ',' | '\n'): string[] {
  return text
    .split(separator === ',' ? /[,;]/ : /\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
