/** Why an SKM computation or input was refused; `code` lets callers react without parsing the message. */
export type SkmErrorCode =
  | 'invalid-weights'
  | 'invalid-totals'
  | 'no-answers'
  | 'invalid-date'
  | 'invalid-range'
  | 'invalid-number';

export class SkmError extends Error {
  readonly code: SkmErrorCode;

  constructor(code: SkmErrorCode, message: string) {
    super(message);
    this.name = 'SkmError';
    this.code = code;
  }
}
