import { readFileSync } from 'node:fs';
import { parseOfficeConfig, type OfficeConfig } from '../../shared/config/officeConfig';
import { findJsonSyntaxError } from './jsonSyntax';

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`The office configuration ${path} cannot be used:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * The file's text. Windows Notepad saves UTF-8 with a byte-order mark, and older versions save "Unicode"
 * as UTF-16 LE with one; both are read. Big-endian UTF-16 is named rather than misread.
 */
function configText(bytes: Buffer): { text: string } | { problem: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8') };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le') };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { problem: 'the file is saved as UTF-16 big-endian; save it as UTF-8 (in Notepad: Save as › Encoding › UTF-8)' };
  return { text: bytes.toString('utf8') };
}

/** "not valid JSON at line 12, column 5: …", with the place found even when JSON.parse does not say it. */
function parseConfigJson(text: string): { raw: unknown } | { problem: string } {
  try {
    return { raw: JSON.parse(text) };
  } catch (err) {
    const found = findJsonSyntaxError(text);
    return {
      problem: found
        ? `the file is not valid JSON at line ${found.line}, column ${found.column}: ${found.problem}`
        : `the file is not valid JSON: ${(err as Error).message}`,
    };
  }
}

/** Reads and validates the office configuration; any problem stops the start (nothing runs half-configured). */
export function loadOfficeConfig(path: string): OfficeConfig {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(path, [
      code === 'ENOENT' ? 'the file does not exist (set LOKET_CONFIG to the office configuration file)' : `the file cannot be read (${code ?? String(err)})`,
    ]);
  }
  const decoded = configText(bytes);
  if ('problem' in decoded) throw new ConfigError(path, [decoded.problem]);
  const parsed = parseConfigJson(decoded.text);
  if ('problem' in parsed) throw new ConfigError(path, [parsed.problem]);
  const result = parseOfficeConfig(parsed.raw);
  if (!result.ok) throw new ConfigError(path, result.problems);
  return result.config;
}
