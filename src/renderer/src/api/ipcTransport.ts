import type { LoketBridge } from '../../../preload/api';
import { ApiError, apiErrorFromBody } from './apiError';

/** The Electron bridge, when this page runs inside the Loket app. */
export function electronBridge(): LoketBridge | null {
  return typeof window !== 'undefined' && window.loket ? window.loket : null;
}

export async function callOverIpc(bridge: LoketBridge, method: string, input: unknown): Promise<unknown> {
  let answer: Awaited<ReturnType<LoketBridge['call']>>;
  try {
    answer = await bridge.call(method, input ?? {});
  } catch (err) {
    // The bridge itself failed (main process gone or restarting): for the visitor, the system is unreachable.
    throw new ApiError('network', `The Loket core did not answer "${method}": ${String(err)}`);
  }
  if (answer.ok) return answer.result;
  throw apiErrorFromBody(answer.error, `The Loket core refused "${method}".`);
}
