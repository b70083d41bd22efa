import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api/contract';
import { lanCall, lanPost } from './lanApi';
import { makeTempDir } from './tempDir';
import { testConfigInput } from './testConfig';

/**
 * The built office (out/main/serve.js) as a real child process on an ephemeral port, with its own
 * data folder and configuration: what `npm run serve` runs, seen from outside.
 */
export class ServedOffice {
  readonly dir = makeTempDir('loket-e2e-');
  readonly configPath = join(this.dir.path, 'office.json');
  readonly dataDir = join(this.dir.path, 'data');
  private child: ChildProcess | null = null;
  url = '';
  output = '';

  constructor(config: Record<string, unknown> = testConfigInput()) {
    writeFileSync(this.configPath, JSON.stringify(config, null, 2));
  }

  async start(extraEnv: Record<string, string> = {}): Promise<this> {
    this.output = '';
    const child = spawn(process.execPath, ['out/main/serve.js'], {
      env: { ...process.env, LOKET_CONFIG: this.configPath, LOKET_DATA_DIR: this.dataDir, LOKET_PORT: '0', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer): void => {
        this.output += chunk.toString();
        const m = /running: (http:\/\/[^\s/]+)/.exec(this.output);
        if (m?.[1]) resolve(m[1]);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${this.output}`)));
      setTimeout(() => reject(new Error(`serve did not start in 15 s:\n${this.output}`)), 15_000);
    });
    return this;
  }

  /** The first-run setup code the office announced last (its log; the printer prints the same). */
  setupCode(): string {
    const codes = [...this.output.matchAll(/First-run setup code: (\d{4} \d{4})/g)];
    const code = codes[codes.length - 1]?.[1];
    if (code === undefined) throw new Error(`the office announced no setup code:\n${this.output}`);
    return code;
  }

  /** The office process's id (to read its memory use). */
  get pid(): number {
    if (!this.child?.pid) throw new Error('the office is not running');
    return this.child.pid;
  }

  /** Stops the process; `kill -9` when `hard`, as a power cut would. */
  async stop(hard = false): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(hard ? 'SIGKILL' : 'SIGTERM');
    await exited;
    this.child = null;
  }

  post(method: string, body: unknown, token?: string): Promise<{ status: number; json: any }> {
    return lanPost(this.url, method, body, token);
  }

  call<M extends MethodName>(method: M, input: MethodInput<M>, token?: string): Promise<MethodOutput<M>> {
    return lanCall(this.url, method, input, token);
  }

  async remove(): Promise<void> {
    await this.stop();
    this.dir.remove();
  }
}
