import { utilityProcess } from 'electron';
import { isSynthesisReply, type WorkerLauncher } from '../speech/workerProtocol';

/**
 * The speech process in the packaged app: an Electron utility process, which runs Node code while the
 * RunAsNode fuse stays off (build/fuses.mjs), so child_process.fork of the Electron binary is not needed.
 */
export function utilityWorker(script: string): WorkerLauncher {
  return () => {
    const child = utilityProcess.fork(script, [], { serviceName: 'Loket speech', stdio: 'inherit' });
    return {
      send: (request) => child.postMessage(request),
      onReply: (listener) => {
        child.on('message', (message: unknown) => {
          if (isSynthesisReply(message)) listener(message);
        });
      },
      onExit: (listener) => {
        child.once('exit', (code) => listener(`exit code ${code}`));
      },
      kill: () => {
        child.kill();
      },
    };
  };
}
