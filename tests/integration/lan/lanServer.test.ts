import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mintToken } from '../../../src/main/auth/tokens';
import { startOffice, type RunningOffice } from '../../../src/main/office';
import { openEventStream } from '../../helpers/eventStreamClient';
import { makeTempDir } from '../../helpers/tempDir';
import { testConfigInput } from '../../helpers/testConfig';

let office: RunningOffice | null = null;
let dir: ReturnType<typeof makeTempDir>;

async function start(loopbackIsKiosk = true, recheckCredentialsMs?: number): Promise<RunningOffice> {
  dir = makeTempDir();
  const configPath = join(dir.path, 'office.json');
  writeFileSync(configPath, JSON.stringify(testConfigInput()));
  office = await startOffice({
    configPath,
    dataDir: join(dir.path, 'data'),
    host: '127.0.0.1',
    port: 0,
    loopbackIsKiosk,
    ...(recheckCredentialsMs ? { lan: { recheckCredentialsMs } } : {}),
  });
  return office;
}

afterEach(async () => {
  await office?.close();
  office = null;
  dir.remove();
});

async function post(method: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${office!.lan.url}/api/v1/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as any };
}

describe('the LAN API', () => {
  it('issues a ticket for the kiosk on this PC and answers with the ticket', async () => {
    await start();
    const { status, json } = await post('tickets.issue', { serviceCode: 'KTP' });
    expect(status).toBe(200);
    expect(json.result).toMatchObject({ label: 'A-001', state: 'waiting', aheadCount: 0 });
  });

  it('serves no state change without a credential when loopback is not trusted', async () => {
    const o = await start(false);
    const { status, json } = await post('tickets.issue', { serviceCode: 'KTP' });
    expect(status).toBe(401);
    expect(json.error.code).toBe('unauthorized');
    expect(o.core.overview().services[0]?.issuedToday).toBe(0);
    const overview = await post('office.overview', {});
    expect(overview.status).toBe(200);
  });

  it('refuses an unknown token even from this PC', async () => {
    await start();
    const { status } = await post('tickets.issue', { serviceCode: 'KTP' }, { authorization: 'Bearer not-a-real-token' });
    expect(status).toBe(401);
  });

  it("lets a counter token act on its own counter only", async () => {
    const o = await start();
    const token = mintToken(o.store, 'counter', 1, 'PC loket 1');
    const auth = { authorization: `Bearer ${token}` };
    expect((await post('counters.open', { counter: 1 }, auth)).status).toBe(200);
    const other = await post('counters.open', { counter: 2 }, auth);
    expect(other.status).toBe(403);
    expect(o.core.snapshot().counters.find((c) => c.number === 2)?.state).toBe('closed');
  });

  it('answers malformed JSON, a wrong field and an oversized body with 4xx and a message, changing nothing', async () => {
    const o = await start();
    const broken = await post('tickets.issue', '{"serviceCode":');
    expect(broken.status).toBe(400);
    expect(broken.json.error.message).toMatch(/JSON/);
    const wrong = await post('tickets.issue', { serviceCode: 'KTP', priorityReason: 'pejabat' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.problems[0]).toMatch(/^priorityReason: /);
    const huge = await post('tickets.issue', { serviceCode: 'KTP', pad: 'x'.repeat(100_000) });
    expect(huge.status).toBe(413);
    expect(o.core.overview().services[0]?.issuedToday).toBe(0);
  });

  it('answers an unknown method or a GET on the API with 404', async () => {
    await start();
    expect((await post('tickets.print', {})).status).toBe(404);
    const res = await fetch(`${office!.lan.url}/api/v1/office.overview`);
    expect(res.status).toBe(404);
  });

  it('pushes queue events over the WebSocket after each change', async () => {
    await start();
    const stream = await openEventStream(office!.lan.url);
    await post('tickets.issue', { serviceCode: 'KK' });
    const event = await stream.waitFor('queue.changed');
    expect(event).toMatchObject({ type: 'queue.changed', payload: { serviceCodes: ['KK'] } });
    stream.socket.close();
  });

  it('refuses the event stream without a credential and closes it when the device is revoked', async () => {
    const o = await start(false, 200);
    await expect(openEventStream(o.lan.url)).rejects.toThrow(/closed with 4401/);

    const token = mintToken(o.store, 'display', null, 'TV');
    const tv = await openEventStream(o.lan.url, token);
    const [device] = o.pairing.list();
    o.store.tokens.revoke(device!.id, Date.now());
    expect(await tv.closed).toBe(4401);
  });

  it('gives 100 concurrent visitors 100 different consecutive numbers', async () => {
    await start();
    const results = await Promise.all(Array.from({ length: 100 }, () => post('tickets.issue', { serviceCode: 'KTP' })));
    const labels = results.map((r) => r.json.result.label as string).sort();
    expect(new Set(labels).size).toBe(100);
    expect(labels[0]).toBe('A-001');
    expect(labels[99]).toBe('A-100');
  });
});
