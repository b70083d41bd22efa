/**
 * Splits an ESC/POS byte stream into text runs and commands. It is incremental: a command cut in two
 * by a network read waits for its remaining bytes, which lets the virtual printer answer status
 * queries while a job is still arriving.
 */

export const ESC = 0x1b;
export const GS = 0x1d;
export const FS = 0x1c;
export const DLE = 0x10;
export const LF = 0x0a;
export const CR = 0x0d;

export type Token =
  | { type: 'text'; bytes: Uint8Array }
  | { type: 'lf' }
  | { type: 'cr' }
  /** name such as "ESC E" or "GS ( k"; params are the bytes after the name, data any bulk payload. */
  | { type: 'command'; name: string; params: Uint8Array; data: Uint8Array }
  | { type: 'control'; byte: number }
  | { type: 'unknown'; bytes: Uint8Array }
  | { type: 'truncated'; bytes: Uint8Array };

const PREFIX_NAMES: Record<number, string> = { [ESC]: 'ESC', [GS]: 'GS', [FS]: 'FS', [DLE]: 'DLE' };

/** Fixed parameter counts of the commands that have them, keyed by prefix then command byte. */
const FIXED_PARAMS: Record<number, Record<number, number>> = {
  [ESC]: {
    0x40: 0, 0x32: 0, 0x3c: 0, 0x45: 1, 0x47: 1, 0x2d: 1, 0x61: 1, 0x74: 1, 0x4d: 1, 0x64: 1, 0x4a: 1,
    0x33: 1, 0x21: 1, 0x52: 1, 0x7b: 1, 0x56: 1, 0x20: 1, 0x55: 1, 0x65: 1, 0x34: 1, 0x70: 3, 0x24: 2,
    0x5c: 2, 0x63: 2, 0x3d: 1, 0x25: 1, 0x44: -1,
  },
  [GS]: {
    0x21: 1, 0x42: 1, 0x68: 1, 0x77: 1, 0x48: 1, 0x66: 1, 0x72: 1, 0x4c: 2, 0x57: 2, 0x61: 1, 0x49: 1,
    0x62: 1, 0x50: 2, 0x24: 2, 0x5c: 2,
  },
  [FS]: { 0x2e: 0, 0x26: 0, 0x21: 1, 0x43: 1, 0x2d: 1 },
  [DLE]: { 0x04: 1, 0x05: 1, 0x14: 3 },
};

type Read = { token: Token; length: number } | null;

const DLE_COMMAND_NAMES: Record<number, string> = { 0x04: 'EOT', 0x05: 'ENQ', 0x14: 'DC4' };

function hex(byte: number): string {
  return byte >= 0x21 && byte <= 0x7e ? String.fromCharCode(byte) : byte.toString(16).padStart(2, '0').toUpperCase();
}

function command(buf: Uint8Array, at: number, paramCount: number, dataLength = 0): Read {
  const prefix = buf[at] as number;
  const cmd = buf[at + 1] as number;
  const end = at + 2 + paramCount + dataLength;
  if (end > buf.length) return null;
  return {
    token: {
      type: 'command',
      name: `${PREFIX_NAMES[prefix]} ${(prefix === DLE ? DLE_COMMAND_NAMES[cmd] : undefined) ?? hex(cmd)}`,
      params: buf.slice(at + 2, at + 2 + paramCount),
      data: buf.slice(at + 2 + paramCount, end),
    },
    length: end - at,
  };
}

const u16 = (buf: Uint8Array, at: number) => (buf[at] as number) + 256 * (buf[at + 1] as number);

/** Commands whose length depends on their parameters. Returns undefined when the command is not one of them. */
function variableCommand(buf: Uint8Array, at: number): Read | undefined {
  const prefix = buf[at];
  const cmd = buf[at + 1];
  const have = (n: number) => at + n <= buf.length;
  if (prefix === GS && (cmd === 0x28 || cmd === 0x38)) {
    // GS ( k / GS ( L: fn byte, 2-byte length; GS 8 L: fn byte, 4-byte length.
    const lengthBytes = cmd === 0x28 ? 2 : 4;
    if (!have(3 + lengthBytes)) return null;
    const length =
      lengthBytes === 2 ? u16(buf, at + 3) : u16(buf, at + 3) + 65536 * u16(buf, at + 5);
    const read = command(buf, at, 1 + lengthBytes, length);
    if (read && read.token.type === 'command') read.token.name = `GS ${hex(cmd)} ${hex(buf[at + 2] as number)}`;
    return read;
  }
  if (prefix === GS && cmd === 0x6b) {
    if (!have(3)) return null;
    const m = buf[at + 2] as number;
    if (m <= 6) {
      const nul = buf.indexOf(0, at + 3);
      if (nul < 0) return null;
      return command(buf, at, 1, nul + 1 - (at + 3));
    }
    if (!have(4)) return null;
    return command(buf, at, 2, buf[at + 3] as number);
  }
  if (prefix === GS && cmd === 0x56) {
    if (!have(3)) return null;
    const m = buf[at + 2] as number;
    return command(buf, at, [0x41, 0x42, 0x61, 0x62, 0x67, 0x68].includes(m) ? 2 : 1);
  }
  if (prefix === GS && cmd === 0x76) {
    // GS v 0 m xL xH yL yH: raster image of xL+xH*256 bytes per row.
    if (!have(8)) return null;
    return command(buf, at, 6, u16(buf, at + 4) * u16(buf, at + 6));
  }
  if (prefix === ESC && cmd === 0x2a) {
    if (!have(5)) return null;
    const m = buf[at + 2] as number;
    return command(buf, at, 3, u16(buf, at + 3) * (m >= 32 ? 3 : 1));
  }
  if (prefix === ESC && cmd === 0x44) {
    // ESC D: tab stops, NUL-terminated.
    const nul = buf.indexOf(0, at + 2);
    if (nul < 0) return null;
    return command(buf, at, 0, nul + 1 - (at + 2));
  }
  return undefined;
}

function readToken(buf: Uint8Array, at: number): Read {
  const byte = buf[at] as number;
  if (byte === LF) return { token: { type: 'lf' }, length: 1 };
  if (byte === CR) return { token: { type: 'cr' }, length: 1 };
  if (byte in PREFIX_NAMES) {
    if (at + 2 > buf.length) return null;
    const variable = variableCommand(buf, at);
    if (variable !== undefined) return variable;
    const params = FIXED_PARAMS[byte]?.[buf[at + 1] as number];
    if (params === undefined) return { token: { type: 'unknown', bytes: buf.slice(at, at + 2) }, length: 2 };
    return command(buf, at, params);
  }
  if (byte < 0x20 || byte === 0x7f) return { token: { type: 'control', byte }, length: 1 };
  let end = at;
  while (end < buf.length && (buf[end] as number) >= 0x20 && buf[end] !== 0x7f) end++;
  return { token: { type: 'text', bytes: buf.slice(at, end) }, length: end - at };
}

export class EscPosTokenizer {
  #pending: Uint8Array = new Uint8Array(0);

  /** Tokens completed by this chunk; an incomplete trailing command waits for the next chunk. */
  push(chunk: Uint8Array): Token[] {
    const buf = this.#pending.length === 0 ? chunk : concat(this.#pending, chunk);
    const tokens: Token[] = [];
    let at = 0;
    while (at < buf.length) {
      const read = readToken(buf, at);
      // Text at the very end may continue in the next chunk, but splitting it is harmless.
      if (read === null) break;
      tokens.push(read.token);
      at += read.length;
    }
    this.#pending = buf.slice(at);
    return tokens;
  }

  /** Ends the stream: an incomplete command left over comes out as a truncated token. */
  finish(): Token[] {
    if (this.#pending.length === 0) return [];
    const bytes = this.#pending;
    this.#pending = new Uint8Array(0);
    return [{ type: 'truncated', bytes }];
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
