import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningOffice } from '../../../src/main/office';
import { FakeClock, MONDAY_9AM_KUPANG } from '../../helpers/fakeClock';
import { lanPost } from '../../helpers/lanApi';
import { startLanOffice } from '../../helpers/lanOffice';
import { phoneStreamReader } from '../../helpers/phoneStreamReader';

interface Stream {
  events: { event: string; data: unknown }[];
  /** Resolves once `n` events have arrived. */
  received(n: number): Promise<void>;
  /** Resolves when the office ends the response. */
  ended: Promise<void>;
}

/** A phone page's live channel, as the browser's EventSource reads it. */
function openStream(url: string): Stream {
  const events: Stream['events'] = [];
  const waiting: { n: number; resolve: () => void }[] = [];
  const reader = phoneStreamReader();
  let endStream = (): void => undefined;
  const ended = new Promise<void>((resolve) => (endStream = resolve));
  const req = request(url, { headers: { accept: 'text/event-stream' } }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      events.push(...reader.feed(chunk));
      for (const w of [...waiting]) if (events.length >= w.n) w.resolve();
    });
    res.on('end', endStream);
  });
  req.end();
  return {
    events,
    ended,
    received: (n) => (events.length >= n ? Promise.resolve() : new Promise((resolve) => waiting.push({ n, resolve }))),
  };
}

let office: RunningOffice | undefined;
let remove = (): void => undefined;
afterEach(async () => {
  await office?.close();
  remove();
});

describe('a phone page left open while its service day closes', () => {
  it('is told "closed" on its live channel, which then ends, and its next ask is refused with the reason', async () => {
    const clock = new FakeClock(MONDAY_9AM_KUPANG);
    const started = await startLanOffice({ clock });
    office = started.office;
    remove = started.dir.remove;
    const t = office.core.issue({ serviceCode: 'KTP' });
    const code = office.core.phoneCodeOf(t.id) as string;
    const stream = openStream(`${office.lan.url}/t/${code}/events`);
    await stream.received(1);
    expect(stream.events[0]).toMatchObject({ event: 'ticket', data: { label: t.label, state: 'waiting' } });

    // Midnight in an idle office: no queue event, only the live channel's day check.
    clock.advance(24 * 60);
    office.phoneLive.changed();
    await stream.ended;
    expect(stream.events.map((e) => e.event)).toEqual(['ticket', 'closed']);
    expect(office.phoneLive.open).toBe(0);
    // The page asks once more to learn why (phoneLive.ts), and shows the closed-day message.
    const again = await lanPost(office.lan.url, 'phone.ticket', { code });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({ code: 'wrong_state', params: { reason: 'other_day' } });
  });
});
