import { readFileSync } from 'node:fs';
import { parseOfficeConfig, type OfficeConfig } from '../../shared/config/officeConfig';

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`The office configuration ${path} cannot be used:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the office configuration; any problem stops the start (nothing runs half-configured). */
export function loadOfficeConfig(path: string): OfficeConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(path, [
      code === 'ENOENT' ? 'the file does not exist (set LOKET_CONFIG to the office configuration file)' : `the file cannot be read (${code ?? String(err)})`,
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(path, [`the file is not valid JSON: ${(err as Error).message}`]);
  }
  const result = parseOfficeConfig(raw);
  if (!result.ok) throw new ConfigError(path, result.problems);
  return result.config;
}
