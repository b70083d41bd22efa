import { defineConfig } from 'vitest/config';
import { nodeRuntimeProblem } from './scripts/node-runtime.mjs';

// The tests load better-sqlite3 13, which crashes an older Node instead of failing: say why instead.
const runtimeProblem = nodeRuntimeProblem();
if (runtimeProblem) throw new Error(runtimeProblem);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
