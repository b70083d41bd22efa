import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../../src/main/core/clock';
import { startOffice, type RunningOffice } from '../../src/main/office';
import { makeTempDir } from './tempDir';
import { testConfigInput } from './testConfig';

/**
 * The whole office listening on every interface (a free port), over a temporary folder with the test
 * configuration and a stub renderer: what a host on the office LAN (a network-namespace peer) reaches.
 */
export async function startLanOffice(options: { clock?: Clock } = {}): Promise<{ office: RunningOffice; dir: ReturnType<typeof makeTempDir>; port: number }> {
  const dir = makeTempDir();
  const configPath = join(dir.path, 'office.json');
  writeFileSync(configPath, JSON.stringify(testConfigInput()));
  const rendererDir = join(dir.path, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Loket</title>');
  const office = await startOffice({
    configPath,
    dataDir: join(dir.path, 'data'),
    host: '0.0.0.0',
    port: 0,
    loopbackIsKiosk: true,
    rendererDir,
    ...(options.clock ? { clock: options.clock } : {}),
    shell: { announceSetupCode: () => Promise.resolve({ printed: true, detail: 'captured by the test' }) },
  });
  return { office, dir, port: Number(new URL(office.lan.url).port) };
}
