/** Types of scripts/node-runtime.mjs. */
export const NODE_API_NEEDED: number;
export function nodeRuntimeProblem(versions?: { node?: string; napi?: string }): string | null;
export function exitUnlessNodeRuntime(): void;
