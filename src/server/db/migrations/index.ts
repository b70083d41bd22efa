import { sql as initial } from './001_initial';

/** Applied in order, each exactly once; never edit a migration that has shipped, add the next number. */
export const SERVER_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [{ version: 1, name: 'initial', sql: initial }];
