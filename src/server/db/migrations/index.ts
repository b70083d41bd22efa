import { sql as initial } from './001_initial';
import { sql as quarantines } from './002_quarantines';
import { sql as requestIds } from './003_request_ids';

/** Applied in order, each exactly once; never edit a migration that has shipped, add the next number. */
export const SERVER_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'quarantines', sql: quarantines },
  { version: 3, name: 'request ids', sql: requestIds },
];
