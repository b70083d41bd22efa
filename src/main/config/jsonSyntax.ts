/**
 * Where a JSON document first goes wrong, as line and column, and why in plain words. JSON.parse says
 * where only for some errors, and not the same way in every Node version ("Unexpected token '}', ...
 * is not valid JSON" has no position at all), so a small scanner finds the place itself. It is used only
 * after JSON.parse has failed; it builds no values.
 */

export interface JsonSyntaxError {
  line: number;
  column: number;
  problem: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {}
}

/** Sticky: matches at the scanner's position only. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

const ENDS_EARLY = 'the file ends too early (a closing "}", "]" or quote is missing, or the file was cut off)';

function shown(char: string): string {
  if (char === "'") return 'a single quote (names and texts need double quotes)';
  if (char === '"') return 'a double quote';
  if (char === '/') return 'a "/" (comments are not allowed in JSON)';
  return `"${char}"`;
}

class Scanner {
  i = 0;

  constructor(private readonly text: string) {}

  fail(problem: string): never {
    throw new Stop(this.i, this.i >= this.text.length ? ENDS_EARLY : problem);
  }

  space(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i] as string)) this.i++;
  }

  document(): void {
    this.value();
    this.space();
    if (this.i < this.text.length) this.fail(`found ${shown(this.text[this.i] as string)} after the end of the document`);
  }

  value(): void {
    this.space();
    const c = this.text[this.i] ?? '';
    if (c === '{') return this.container('}', () => this.member());
    if (c === '[') return this.container(']', () => this.value());
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
      // "tr" at the very end: the file was cut off, not mistyped.
      if (c !== '' && this.text.length - this.i < word.length && word.startsWith(this.text.slice(this.i))) {
        this.i = this.text.length;
        this.fail(ENDS_EARLY);
      }
    }
    this.fail(`found ${shown(c)} where a value was expected`);
  }

  container(close: '}' | ']', item: () => void): void {
    this.i++;
    this.space();
    if (this.text[this.i] === close) {
      this.i++;
      return;
    }
    for (;;) {
      item();
      this.space();
      const c = this.text[this.i];
      if (c === close) {
        this.i++;
        return;
      }
      if (c !== ',') this.fail(`expected "," or "${close}" but found ${shown(c ?? '')} (a comma may be missing)`);
      this.i++;
      this.space();
      if (this.text[this.i] === close) this.fail(`a comma before "${close}" (remove the last comma)`);
    }
  }

  member(): void {
    this.space();
    if (this.text[this.i] !== '"') this.fail(`expected a name in double quotes but found ${shown(this.text[this.i] ?? '')}`);
    this.string();
    this.space();
    if (this.text[this.i] !== ':') this.fail(`expected ":" after the name but found ${shown(this.text[this.i] ?? '')}`);
    this.i++;
    this.value();
  }

  string(): void {
    this.i++;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) this.fail(ENDS_EARLY);
      if (c === '"') {
        this.i++;
        return;
      }
      if (c < ' ') this.fail('a line break or control character inside quotes (close the quotes on the same line)');
      if (c === '\\') {
        // Reported at the backslash, where the escape starts.
        const escaped = this.text[this.i + 1] ?? '';
        if (escaped === '') this.fail(ENDS_EARLY);
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) this.fail('"\\u" must be followed by 4 hexadecimal digits');
          this.i += 4;
        } else if (!'"\\/bfnrt'.includes(escaped)) {
          this.fail(`"\\${escaped}" is not a JSON escape (write "\\\\" for a backslash, e.g. in a Windows path)`);
        }
        this.i++;
      }
      this.i++;
    }
  }

  number(): void {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (!m) this.fail('a number is written wrongly (e.g. "08" or "1." or "-")');
    this.i += m[0].length;
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The first syntax error of `text`, or null when there is none (or the nesting is too deep to scan). */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    new Scanner(text).document();
    return null;
  } catch (stop) {
    if (!(stop instanceof Stop)) return null;
    return { ...lineAndColumn(text, stop.offset), problem: stop.problem };
  }
}
