import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ROLES, type Role } from '../src/shared/api/contract';
import { mintToken } from '../src/main/auth/tokens';
import { OfficeInUseError } from '../src/main/durability/officeLock';
import { StorageError } from '../src/main/store/database';
import { Store } from '../src/main/store/store';

/**
 * npm run token -- --role counter --counter 3 [--label "PC loket 3"]
 * Prints a new LAN credential once; only its hash is stored. Until staff sign-in lands, this is how a
 * counter PC, the TV display or a supervisor gets a credential.
 */
const { values } = parseArgs({
  options: { role: { type: 'string' }, counter: { type: 'string' }, label: { type: 'string' } },
});
const role = values.role as Role | undefined;
if (!role || !ROLES.includes(role)) {
  console.error(`--role must be one of: ${ROLES.join(', ')}`);
  process.exit(2);
}
const counter = values.counter === undefined ? null : Number(values.counter);
if (role === 'counter' && (counter === null || !Number.isInteger(counter) || counter < 1)) {
  console.error('--counter <number> is required for a counter token');
  process.exit(2);
}
// The office must be stopped: a folder in use is refused at once, naming the running office.
let store: Store;
try {
  store = Store.open(resolve(process.env.LOKET_DATA_DIR ?? 'data'));
} catch (err) {
  if (!(err instanceof OfficeInUseError || err instanceof StorageError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const token = mintToken(store, role, counter, values.label ?? `${role}${counter ? ` ${counter}` : ''}`);
store.close();
console.log(token);
