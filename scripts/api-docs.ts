import { readFileSync, writeFileSync } from 'node:fs';
import { replaceApiReference } from './lib/apiReference';

/** npm run docs:api: rewrites the API chapter of README.md from the contract. */
writeFileSync('README.md', replaceApiReference(readFileSync('README.md', 'utf8')));
