import { writeFileSync } from 'node:fs';
import { API_DOC_PATH, renderApiDoc } from './lib/apiReference';

/** npm run docs:api: writes the API reference (docs/api.md) from the contract. */
writeFileSync(API_DOC_PATH, renderApiDoc());
