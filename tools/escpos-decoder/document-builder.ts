import { decodeByte } from './cp437';
import type {
  Alignment,
  DecodedBlock,
  DecodedDocument,
  Placement,
  QrErrorLevel,
  TextLine,
  TextRun,
} from './document';
import type { Token } from './tokenizer';

/** Dots per line at the default line spacing (ESC 2), used to express ESC d feeds in dots. */
export const DEFAULT_LINE_DOTS = 30;

const ALIGNMENTS: Alignment[] = ['left', 'center', 'right'];
const QR_LEVELS: Record<number, QrErrorLevel> = { 0x30: 'L', 0x31: 'M', 0x32: 'Q', 0x33: 'H' };
const BARCODE_SYMBOLOGIES: Record<number, string> = {
  0x41: 'upca', 0x42: 'upce', 0x43: 'ean13', 0x44: 'ean8', 0x45: 'code39', 0x46: 'itf', 0x47: 'codabar',
  0x48: 'code93', 0x49: 'code128', 0x4a: 'gs1-128',
};

interface Style {
  bold: boolean;
  underline: boolean;
  invert: boolean;
  width: number;
  height: number;
}

const DEFAULT_STYLE: Style = { bold: false, underline: false, invert: false, width: 1, height: 1 };

/** The text of CODE128 data with its code set selectors ({A, {B, {C) resolved. */
export function code128Text(data: Uint8Array): string {
  let set = 'B';
  let out = '';
  for (let i = 0; i < data.length; i++) {
    const byte = data[i] as number;
    if (byte === 0x7b && i + 1 < data.length) {
      const next = data[i + 1] as number;
      i++;
      if (next === 0x41 || next === 0x42 || next === 0x43) set = String.fromCharCode(next);
      else if (next === 0x7b) out += '{';
      continue;
    }
    out += set === 'C' ? String(byte).padStart(2, '0') : String.fromCharCode(byte);
  }
  return out;
}

function placementOf(startColumn: number, endColumn: number, columns: number, empty: boolean): Placement {
  if (empty) return 'empty';
  const left = startColumn;
  const right = columns - endColumn;
  if (left <= 0 && right <= 0) return 'full';
  // The encoder centres with whole spaces, so an odd remainder leaves one column more on the right.
  if (Math.abs(left - right) <= 1) return 'center';
  if (left <= 0) return 'left';
  if (right <= 0) return 'right';
  return 'indented';
}

/** Turns tokens into blocks, keeping the printer's state (styles, alignment, QR settings) between calls. */
export class DocumentBuilder {
  readonly #columns: number;
  readonly #blocks: DecodedBlock[] = [];
  readonly #commands: string[] = [];
  readonly #warnings: string[] = [];
  #style: Style = { ...DEFAULT_STYLE };
  #align: Alignment = 'left';
  #lineAlign: Alignment = 'left';
  #codepage = 0;
  #runs: TextRun[] = [];
  #qr = { model: 2 as 1 | 2, moduleSize: 3, errorLevel: 'L' as QrErrorLevel, payload: '' };
  #barcode = { heightDots: 162, moduleWidth: 3 };

  constructor(columns: number) {
    this.#columns = columns;
  }

  /** Adds tokens; returns the blocks they completed. */
  add(tokens: readonly Token[]): DecodedBlock[] {
    const before = this.#blocks.length;
    for (const token of tokens) this.#addToken(token);
    return this.#blocks.slice(before);
  }

  /** The document so far, with a text line still open at the end included as if it were fed. */
  document(): DecodedDocument {
    const blocks = [...this.#blocks];
    if (this.#runs.length > 0) blocks.push(this.#line(this.#runs));
    return { columns: this.#columns, blocks, commands: [...this.#commands], warnings: [...this.#warnings] };
  }

  #addToken(token: Token): void {
    switch (token.type) {
      case 'text':
        this.#text(token.bytes);
        return;
      case 'lf':
        this.#feedLine();
        return;
      case 'cr':
        return;
      case 'control':
        this.#warnings.push(`control byte 0x${token.byte.toString(16).padStart(2, '0')}`);
        return;
      case 'unknown':
        this.#warnings.push(`unknown command ${[...token.bytes].map((b) => b.toString(16)).join(' ')}`);
        return;
      case 'truncated':
        this.#warnings.push(`stream ends inside a command (${token.bytes.length} bytes)`);
        return;
      case 'command':
        this.#command(token.name, token.params, token.data);
    }
  }

  #text(bytes: Uint8Array): void {
    if (this.#runs.length === 0) this.#lineAlign = this.#align;
    let text = '';
    for (const byte of bytes) text += decodeByte(byte, this.#codepage);
    const last = this.#runs.at(-1);
    const s = this.#style;
    if (
      last &&
      last.bold === s.bold &&
      last.underline === s.underline &&
      last.invert === s.invert &&
      last.width === s.width &&
      last.height === s.height
    ) {
      last.text += text;
    } else {
      this.#runs.push({ text, ...s });
    }
  }

  #feedLine(): void {
    this.#blocks.push(this.#line(this.#runs));
    this.#runs = [];
  }

  #line(runs: TextRun[]): TextLine {
    const align = runs.length > 0 ? this.#lineAlign : this.#align;
    const text = runs.map((r) => r.text).join('');
    const visible = runs.filter((r) => r.text.trim() !== '');
    const lineWidth = runs.reduce((sum, r) => sum + r.text.length * r.width, 0);
    let leading = 0;
    for (const run of runs) {
      const spaces = run.text.length - run.text.trimStart().length;
      leading += spaces * run.width;
      if (spaces < run.text.length) break;
    }
    let trailing = 0;
    for (const run of [...runs].reverse()) {
      const spaces = run.text.length - run.text.trimEnd().length;
      trailing += spaces * run.width;
      if (spaces < run.text.length) break;
    }
    const free = Math.max(0, this.#columns - lineWidth);
    const offset = align === 'center' ? Math.floor(free / 2) : align === 'right' ? free : 0;
    const empty = visible.length === 0;
    const startColumn = empty ? offset : offset + leading;
    const endColumn = empty ? offset : offset + lineWidth - trailing;
    return {
      kind: 'text',
      runs,
      text,
      content: text.trim(),
      align,
      startColumn,
      endColumn,
      width: Math.max(1, ...visible.map((r) => r.width)),
      height: Math.max(1, ...visible.map((r) => r.height)),
      bold: !empty && visible.every((r) => r.bold),
      invert: visible.some((r) => r.invert),
      overflow: lineWidth - trailing > this.#columns,
      placement: placementOf(startColumn, endColumn, this.#columns, empty),
    };
  }

  #command(name: string, params: Uint8Array, data: Uint8Array): void {
    const p0 = params[0] ?? 0;
    switch (name) {
      case 'ESC @':
        this.#style = { ...DEFAULT_STYLE };
        this.#align = 'left';
        this.#codepage = 0;
        this.#commands.push(name);
        return;
      case 'FS .':
      case 'FS &':
      case 'ESC 2':
      case 'ESC M':
        this.#commands.push(params.length > 0 ? `${name} ${p0}` : name);
        return;
      case 'ESC t':
        this.#codepage = p0;
        this.#commands.push(`${name} ${p0}`);
        return;
      case 'ESC E':
      case 'ESC G':
        this.#style.bold = (p0 & 1) === 1;
        return;
      case 'ESC -':
        this.#style.underline = (p0 & 3) !== 0;
        return;
      case 'GS B':
        this.#style.invert = (p0 & 1) === 1;
        return;
      case 'GS !':
        this.#style.width = ((p0 >> 4) & 7) + 1;
        this.#style.height = (p0 & 7) + 1;
        return;
      case 'ESC !':
        this.#style.bold = (p0 & 0x08) !== 0;
        this.#style.height = p0 & 0x10 ? 2 : 1;
        this.#style.width = p0 & 0x20 ? 2 : 1;
        this.#style.underline = (p0 & 0x80) !== 0;
        return;
      case 'ESC a':
        this.#align = ALIGNMENTS[p0 % 48] ?? 'left';
        return;
      case 'ESC d':
        this.#flushOpenLine();
        this.#blocks.push({ kind: 'feed', dots: p0 * DEFAULT_LINE_DOTS });
        return;
      case 'ESC J':
        this.#flushOpenLine();
        this.#blocks.push({ kind: 'feed', dots: p0 });
        return;
      case 'GS V':
        this.#flushOpenLine();
        if (p0 === 0x41 || p0 === 0x42 || p0 === 0x61 || p0 === 0x62 || p0 === 0x67 || p0 === 0x68) {
          this.#blocks.push({ kind: 'feed', dots: params[1] ?? 0 });
        }
        this.#blocks.push({ kind: 'cut', partial: p0 % 2 === 1 || p0 === 0x31 || p0 === 0x42 });
        return;
      case 'GS ( k':
        this.#qrFunction(data);
        return;
      case 'GS h':
        this.#barcode.heightDots = p0;
        return;
      case 'GS w':
        this.#barcode.moduleWidth = p0;
        return;
      case 'GS k':
        this.#barcodeBlock(params, data);
        return;
      case 'GS v':
        this.#flushOpenLine();
        this.#blocks.push({
          kind: 'image',
          widthDots: ((params[2] ?? 0) + 256 * (params[3] ?? 0)) * 8,
          heightDots: (params[4] ?? 0) + 256 * (params[5] ?? 0),
          align: this.#align,
        });
        return;
      case 'DLE EOT':
      case 'GS r':
        this.#blocks.push({ kind: 'status-query', command: `${name} ${p0}` });
        return;
      default:
        return;
    }
  }

  #flushOpenLine(): void {
    if (this.#runs.length > 0) this.#feedLine();
  }

  #qrFunction(data: Uint8Array): void {
    // data: cn fn arguments; cn 49 is QR, other symbols (PDF417) are not decoded.
    if (data[0] !== 0x31) return;
    const fn = data[1];
    const arg = data[2] ?? 0;
    if (fn === 0x41) this.#qr.model = arg === 0x31 ? 1 : 2;
    else if (fn === 0x43) this.#qr.moduleSize = arg;
    else if (fn === 0x45) this.#qr.errorLevel = QR_LEVELS[arg] ?? 'L';
    else if (fn === 0x50) this.#qr.payload = Buffer.from(data.slice(3)).toString('latin1');
    else if (fn === 0x51) {
      this.#flushOpenLine();
      const { payload, model, moduleSize, errorLevel } = this.#qr;
      this.#blocks.push({ kind: 'qr', payload, model, moduleSize, errorLevel, align: this.#align });
    }
  }

  #barcodeBlock(params: Uint8Array, data: Uint8Array): void {
    this.#flushOpenLine();
    const m = params[0] ?? 0;
    const symbology = BARCODE_SYMBOLOGIES[m <= 6 ? m + 0x41 : m] ?? `type ${m}`;
    const payload = m <= 6 ? data.slice(0, -1) : data;
    const text = symbology === 'code128' ? code128Text(payload) : Buffer.from(payload).toString('latin1');
    this.#blocks.push({ kind: 'barcode', symbology, data: text, ...this.#barcode, align: this.#align });
  }
}
