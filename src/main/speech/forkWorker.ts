import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSynthesisReply, type WorkerLauncher } from './workerProtocol';

/**
 * The speech process as a Node child process (browser mode, and the tests). `script` is the built
 * worker (out/main/speechWorker.js) or its source, which runs through tsx.
 */
export function forkWorker(script: string): WorkerLauncher {
  return () => {
    const child = fork(script, [], {
      execArgv: script.endsWith('.ts') ? ['--import', 'tsx'] : [],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    // The office may end without closing it (a test, a crash): the child then sees its channel close and exits.
    child.unref();
    child.channel?.unref();
    return {
      send: (request) => {
        child.send(request);
      },
      onReply: (listener) => {
        child.on('message', (message) => {
          if (isSynthesisReply(message)) listener(message);
        });
      },
      onExit: (listener) => {
        child.once('exit', (code, signal) => listener(signal ? `signal ${signal}` : `exit code ${code}`));
        child.once('error', (err) => listener(err.message));
      },
      kill: () => {
        child.kill();
      },
    };
  };
}

/** The worker's source, for runs without a build (tests, tsx). */
export const SOURCE_WORKER = join(dirname(fileURLToPath(import.meta.url)), 'espeakWorker.ts');
