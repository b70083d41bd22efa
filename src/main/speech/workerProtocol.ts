/** What the office sends its speech process and what comes back (child_process IPC or Electron's parentPort). */

export interface SynthesisRequest {
  id: number;
  text: string;
  /** eSpeak NG voice name, e.g. "id" or "en". */
  voice: string;
  wordsPerMinute: number;
}

export type SynthesisReply = { id: number; wav: Uint8Array } | { id: number; error: string };

/** The speech process as the office sees it, however it was started. */
export interface WorkerChannel {
  send(request: SynthesisRequest): void;
  onReply(listener: (reply: SynthesisReply) => void): void;
  /** Called once when the process ends, expectedly or not. */
  onExit(listener: (detail: string) => void): void;
  kill(): void;
}

/** Starts a fresh speech process. */
export type WorkerLauncher = () => WorkerChannel;

export function isSynthesisReply(value: unknown): value is SynthesisReply {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { id?: unknown; wav?: unknown; error?: unknown };
  return typeof v.id === 'number' && (v.wav instanceof Uint8Array || typeof v.error === 'string');
}
