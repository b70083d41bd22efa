import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { callOverHttp } from './httpTransport';
import { callOverIpc, electronBridge } from './ipcTransport';

export { ApiError, isApiError, toApiError, type ClientErrorCode } from './apiError';
export { connectionState, onConnectionState, subscribe, type ConnectionState } from './eventStream';

/**
 * Calls one API method: over IPC in Electron, over HTTP in a LAN browser. The output is trusted as the
 * contract's type (the core validated it); the contract is imported as types only to keep zod out of the bundle.
 */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const bridge = electronBridge();
  const result = bridge ? await callOverIpc(bridge, method, input) : await callOverHttp(method, input);
  return result as MethodOutput<M>;
}
