/**
 * The speech process: eSpeak NG (GPL-3.0, compiled to WebAssembly, npm `espeak-ng`) run as a separate
 * program. The office starts it with a request per text and gets a WAV file back; nothing of eSpeak NG
 * is linked into Loket (MIT), which only talks to this process over its IPC channel.
 * Started as a Node child process (browser mode, tests) or an Electron utility process (the kiosk app).
 */
import ESpeakNg from 'espeak-ng';
import type { SynthesisReply, SynthesisRequest } from './workerProtocol';

const TEXT_FILE = '/input.txt';
const WAV_FILE = '/output.wav';

/** One eSpeak NG run: a fresh module per text, so no state (or leak) carries from one text to the next. */
async function synthesize(request: SynthesisRequest): Promise<Uint8Array> {
  const espeak = await ESpeakNg({
    // The text goes in a file, never on the command line, so a text starting with "-" is not an option.
    arguments: ['-v', request.voice, '-s', String(request.wordsPerMinute), '-w', WAV_FILE, '-f', TEXT_FILE],
    preRun: [(module) => module.FS.writeFile(TEXT_FILE, request.text)],
    print: () => undefined,
    printErr: (line: string) => console.error(`[espeak-ng] ${line}`),
  });
  return espeak.FS.readFile(WAV_FILE);
}

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as { parentPort?: ParentPort }).parentPort;

function reply(message: SynthesisReply): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
}

async function handle(message: unknown): Promise<void> {
  const request = message as SynthesisRequest;
  if (typeof request?.id !== 'number') return;
  try {
    reply({ id: request.id, wav: await synthesize(request) });
  } catch (err) {
    reply({ id: request.id, error: err instanceof Error ? err.message : String(err) });
  }
}

// Requests are answered one at a time, in order: the parent sends the next only after a reply.
if (parentPort) parentPort.on('message', (event) => void handle(event.data));
else process.on('message', (message) => void handle(message));
// The office gone (its IPC channel closed): nothing left to speak for.
process.on('disconnect', () => process.exit(0));
