import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mintToken } from '../../../src/main/auth/tokens';
import { startOffice, type RunningOffice } from '../../../src/main/office';
import type { OfficeConfig } from '../../../src/shared/config/officeConfig';
import { openEventStream, type EventStreamClient } from '../../helpers/eventStreamClient';
import { mppConfig } from '../../helpers/mppConfig';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * TVs by zone over the real LAN server (docs/agencies.md): a display paired to a zone receives only its
 * zone's calls, on its event stream and from calls.recent / queue.snapshot; a building display all of them.
 */

const ZONES = {
  recentCalls: 6,
  zones: [
    { id: 'lantai-1', name: { id: 'Lantai 1', en: 'Ground floor' }, agencies: ['DUKCAPIL'] },
    { id: 'lantai-2', name: { id: 'Lantai 2', en: 'First floor' }, agencies: ['SAMSAT'] },
  ],
};

let office: RunningOffice | null = null;
let dir: ReturnType<typeof makeTempDir>;
const streams: EventStreamClient[] = [];

async function start(config: OfficeConfig): Promise<RunningOffice> {
  dir = makeTempDir();
  const configPath = join(dir.path, 'office.json');
  writeFileSync(configPath, JSON.stringify(config));
  office = await startOffice({ configPath, dataDir: join(dir.path, 'data'), host: '127.0.0.1', port: 0, loopbackIsKiosk: true, lan: { recheckCredentialsMs: 100 } });
  return office;
}

afterEach(async () => {
  for (const s of streams.splice(0)) s.socket.close();
  await office?.close();
  office = null;
  dir.remove();
});

async function post(method: string, body: unknown, token?: string) {
  const res = await fetch(`${office!.lan.url}/api/v1/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as any };
}

async function ok(method: string, body: unknown, token?: string): Promise<any> {
  const { status, json } = await post(method, body, token);
  if (status !== 200) throw new Error(`${method}: ${status} ${JSON.stringify(json)}`);
  return json.result;
}

/** Pairs a display the way a TV and a supervisor do: the TV asks, the supervisor approves its code with a zone. */
async function pairDisplay(supervisor: string, zone: string | null, label: string): Promise<string> {
  const { requestId, code } = await ok('devices.pairRequest', { role: 'display', label });
  expect(await ok('devices.approve', { code, zone }, supervisor)).toEqual({ role: 'display', label, ...(zone !== null ? { zone } : {}) });
  return (await ok('devices.pairStatus', { requestId })).token as string;
}

async function stream(token: string): Promise<EventStreamClient> {
  const s = await openEventStream(office!.lan.url, token);
  streams.push(s);
  return s;
}

function calledLabels(s: EventStreamClient): string[] {
  return s.events.flatMap((e) => (e.type === 'ticket.called' ? [e.payload.ticket.label] : []));
}

/** Issues one KTP (Dukcapil, counter 1) and one PKB (Samsat, counter 3) ticket and calls both. */
async function callOneOfEach(): Promise<void> {
  const clerk1 = mintToken(office!.store, 'counter', 1, 'PC loket 1');
  const clerk3 = mintToken(office!.store, 'counter', 3, 'PC loket 3');
  await ok('tickets.issue', { serviceCode: 'KTP' });
  await ok('tickets.issue', { serviceCode: 'PKB' });
  await ok('counters.open', { counter: 1 }, clerk1);
  await ok('counters.open', { counter: 3 }, clerk3);
  await ok('counters.callNext', { counter: 1 }, clerk1);
  await ok('counters.callNext', { counter: 3 }, clerk3);
}

describe('a display paired to a zone', () => {
  it("receives only its zone's calls; a building display receives all", async () => {
    await start(mppConfig({ display: ZONES }));
    const supervisor = mintToken(office!.store, 'supervisor', null, 'test');
    const floor1 = await pairDisplay(supervisor, 'lantai-1', 'TV lantai 1');
    const floor2 = await pairDisplay(supervisor, 'lantai-2', 'TV lantai 2');
    const building = await pairDisplay(supervisor, null, 'TV lobi');
    const [s1, s2, sAll] = await Promise.all([stream(floor1), stream(floor2), stream(building)]);

    await callOneOfEach();
    await expect.poll(() => calledLabels(sAll)).toEqual(['A-001', 'S-001']);
    await expect.poll(() => calledLabels(s1)).toEqual(['A-001']);
    await expect.poll(() => calledLabels(s2)).toEqual(['S-001']);
    // Nothing of the other zone, whatever the event: queue changes are trimmed to the zone's services.
    expect(JSON.stringify(s1.events)).not.toMatch(/"PKB"|S-001/);
    expect(JSON.stringify(s2.events)).not.toMatch(/"KTP"|A-001/);

    const recent = async (token: string) => ((await ok('calls.recent', { limit: 10 }, token)) as { ticket: { label: string } }[]).map((c) => c.ticket.label);
    expect(await recent(floor1)).toEqual(['A-001']);
    expect(await recent(floor2)).toEqual(['S-001']);
    expect(await recent(building)).toEqual(['S-001', 'A-001']);

    const snapshot = await ok('queue.snapshot', {}, floor2);
    expect(snapshot.services.map((s: { code: string }) => s.code)).toEqual(['PKB']);
    expect(snapshot.counters.map((c: { number: number }) => c.number)).toEqual([3]);

    expect(await ok('devices.zone', {}, floor1)).toEqual({ zone: { id: 'lantai-1', name: ZONES.zones[0]!.name, agencies: ['DUKCAPIL'], runningText: null } });
    expect(await ok('devices.zone', {}, building)).toEqual({ zone: null });
  });

  it('follows the supervisor moving it to another zone, on its open stream too', async () => {
    await start(mppConfig({ display: ZONES }));
    const supervisor = mintToken(office!.store, 'supervisor', null, 'test');
    const tv = await pairDisplay(supervisor, 'lantai-1', 'TV');
    const s = await stream(tv);
    const id = ((await ok('devices.list', {}, supervisor)) as { id: string; label: string; zone: string | null }[]).find((d) => d.label === 'TV')!;
    expect(id.zone).toBe('lantai-1');
    expect(await ok('devices.setZone', { id: id.id, zone: 'lantai-2' }, supervisor)).toEqual({ id: id.id, zone: 'lantai-2' });
    // The open stream re-reads its credential every 100 ms here (10 s in production): calls go on until it
    // hears the new zone's, and from then on it hears nothing of the old zone.
    const clerks = { 1: mintToken(office!.store, 'counter', 1, 'PC loket 1'), 3: mintToken(office!.store, 'counter', 3, 'PC loket 3') };
    for (const counter of [1, 3] as const) await ok('counters.open', { counter }, clerks[counter]);
    await expect.poll(async () => {
      for (const [counter, serviceCode] of [[1, 'KTP'], [3, 'PKB']] as const) {
        await ok('tickets.issue', { serviceCode });
        const { ticket } = (await ok('counters.callNext', { counter }, clerks[counter])) as { ticket: { id: string } };
        await ok('tickets.noShow', { counter, ticketId: ticket.id }, clerks[counter]);
      }
      return calledLabels(s).some((label) => label.startsWith('S-'));
    }).toBe(true);
    const heard = calledLabels(s);
    expect(heard.slice(heard.findIndex((label) => label.startsWith('S-'))).every((label) => label.startsWith('S-'))).toBe(true);
    const recent = ((await ok('calls.recent', { limit: 50 }, tv)) as { ticket: { label: string } }[]).map((c) => c.ticket.label);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.every((label) => label.startsWith('S-'))).toBe(true);
  });

  it('refuses an unknown zone, a zone for a kiosk, moving a kiosk, and a display moving itself, changing nothing', async () => {
    await start(mppConfig({ display: ZONES }));
    const supervisor = mintToken(office!.store, 'supervisor', null, 'test');
    const tv = await ok('devices.pairRequest', { role: 'display', label: 'TV' });
    const unknown = await post('devices.approve', { code: tv.code, zone: 'lantai-9' }, supervisor);
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message).toContain('"lantai-9" is not a display zone of this office (zones: lantai-1, lantai-2)');
    expect((await ok('devices.pairStatus', { requestId: tv.requestId })).status).toBe('pending');

    const kiosk = await ok('devices.pairRequest', { role: 'kiosk', label: 'Kios' });
    expect((await post('devices.approve', { code: kiosk.code, zone: 'lantai-1' }, supervisor)).status).toBe(400);
    expect(await ok('devices.approve', { code: kiosk.code }, supervisor)).toEqual({ role: 'kiosk', label: 'Kios' });
    const kioskId = ((await ok('devices.list', {}, supervisor)) as { id: string; role: string }[]).find((d) => d.role === 'kiosk')!.id;
    // A kiosk is no display: there is no display by that id to move.
    const moved = await post('devices.setZone', { id: kioskId, zone: 'lantai-1' }, supervisor);
    expect(moved.status).toBe(404);
    expect(moved.json.error.message).toBe(`There is no paired display ${kioskId}.`);
    expect((await post('devices.setZone', { id: kioskId, zone: 'lantai-9' }, supervisor)).status).toBe(400);
    expect(((await ok('devices.list', {}, supervisor)) as { role: string; zone: string | null }[]).every((d) => d.zone === null)).toBe(true);
    // A display cannot move itself.
    const display = await pairDisplay(supervisor, 'lantai-1', 'TV 2');
    const displayId = ((await ok('devices.list', {}, supervisor)) as { id: string; label: string }[]).find((d) => d.label === 'TV 2')!.id;
    expect((await post('devices.setZone', { id: displayId, zone: null }, display)).status).toBe(403);
  });

  it('sees the whole building in an office without zones, whatever zone its credential once had', async () => {
    await start(mppConfig({ display: { recentCalls: 6 } }));
    const tv = mintToken(office!.store, 'display', null, 'TV', Date.now(), 'lantai-1');
    const s = await stream(tv);
    await callOneOfEach();
    await expect.poll(() => calledLabels(s)).toEqual(['A-001', 'S-001']);
    expect(await ok('devices.zone', {}, tv)).toEqual({ zone: null });
  });

  it('sees nothing when its zone was removed from the configuration, instead of the whole building', async () => {
    await start(mppConfig({ display: ZONES }));
    const tv = mintToken(office!.store, 'display', null, 'TV', Date.now(), 'lantai-9');
    const building = mintToken(office!.store, 'display', null, 'TV lobi');
    const [s, sAll] = await Promise.all([stream(tv), stream(building)]);
    await callOneOfEach();
    await expect.poll(() => calledLabels(sAll)).toEqual(['A-001', 'S-001']);
    expect(calledLabels(s)).toEqual([]);
    expect(await ok('calls.recent', { limit: 10 }, tv)).toEqual([]);
    expect((await ok('devices.zone', {}, tv)).zone.agencies).toEqual([]);
  });
});
