import type { ApiErrorBody } from '../shared/api/errors';
import type { LoketEvent } from '../shared/api/events';

/** What the preload script exposes to the renderer as `window.loket` (Electron only). */
export type BridgeResult = { ok: true; result: unknown } | { ok: false; status: number; error: ApiErrorBody };

export interface LoketBridge {
  call(method: string, input: unknown): Promise<BridgeResult>;
  onEvent(listener: (event: LoketEvent) => void): () => void;
}

declare global {
  interface Window {
    loket?: LoketBridge;
  }
}
