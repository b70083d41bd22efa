import { dirname, join } from 'node:path';

/** Where an office keeps its agencies' logos: the "logos" folder beside its configuration file. */
export function agencyLogosDir(configPath: string): string {
  return join(dirname(configPath), 'logos');
}

