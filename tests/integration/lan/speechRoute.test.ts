import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mintToken } from '../../../src/main/auth/tokens';
import type { RunningOffice } from '../../../src/main/office';
import { NEW_TEXTS_PER_MINUTE } from '../../../src/main/speech/speechService';
import { parseWav } from '../../../src/main/speech/wav';
import { SPEECH_MAX_CHARS } from '../../../src/shared/api/methods/speech';
import { createNetnsPeer, netnsUnavailableReason, type NetnsPeer } from '../../helpers/netnsPeer';
import { startLanOffice } from '../../helpers/lanOffice';
import type { makeTempDir } from '../../helpers/tempDir';
import { expectSpeech } from '../../unit/speech/audioMeasures';

/**
 * speech.audio over the LAN server, as the TV, the kiosk and /rate call it: the office's own pages only
 * (Host, Origin, content type), a credential from any other address, bounded text, and a flood from one
 * address neither served without end nor holding up ticket issue. The office runs on every address
 * (LOKET_HOST=0.0.0.0) and a second host in a network namespace (tests/helpers/netnsPeer.ts) calls it.
 */

const unavailable = netnsUnavailableReason();
let office: RunningOffice;
let dir: ReturnType<typeof makeTempDir>;
let peer: NetnsPeer | null = null;
let port = 0;

interface Answer {
  status: number;
  body: string;
}

function local(path: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `http://127.0.0.1:${port}${path}`,
      { method: 'POST', headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const speech = (input: unknown, headers: Record<string, string> = {}) => local('/api/v1/speech.audio', JSON.stringify(input), headers);
const codeOf = (answer: Answer): string => (JSON.parse(answer.body) as { error?: { code: string } }).error?.code ?? 'ok';

beforeAll(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  if (unavailable === null) peer = await createNetnsPeer();
  ({ office, dir, port } = await startLanOffice());
}, 30_000);

afterAll(async () => {
  peer?.close();
  await office?.close();
  dir?.remove();
  vi.restoreAllMocks();
}, 30_000);

describe('speech.audio on the LAN server', () => {
  it('gives the kiosk page on the office PC the office voice saying a text, as a WAV', async () => {
    const text = 'Nomor antrian A seratus dua belas, silakan ke loket enam, Meja Informasi.';
    const answer = await speech({ text, lang: 'id' });
    expect(answer.status).toBe(200);
    const { result } = JSON.parse(answer.body) as { result: { wavBase64: string; durationMs: number } };
    const audio = parseWav(Buffer.from(result.wavBase64, 'base64'));
    expect(expectSpeech(audio, text).durationMs).toBeCloseTo(result.durationMs, -1);
  });

  it('refuses a foreign Host, a foreign Origin and a non-JSON body before anything is spoken', async () => {
    expect((await speech({ text: 'Halo', lang: 'id' }, { host: `evil.example:${port}` })).status).toBe(403);
    expect((await speech({ text: 'Halo', lang: 'id' }, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await speech({ text: 'Halo', lang: 'id' }, { 'content-type': 'text/plain' })).status).toBe(415);
    // One source's refusals fold into one entry with a count.
    expect(office.security.recent().events.find((e) => e.kind === 'origin_refused')?.count).toBeGreaterThanOrEqual(3);
  });

  it(`refuses a text over ${SPEECH_MAX_CHARS} characters, a language it has no voice for, and a body over 64 KiB`, async () => {
    const long = await speech({ text: 'a'.repeat(SPEECH_MAX_CHARS + 1), lang: 'id' });
    expect(long.status).toBe(400);
    expect(codeOf(long)).toBe('bad_request');
    expect((await speech({ text: 'Bonjour', lang: 'fr' })).status).toBe(400);
    const huge = await local('/api/v1/speech.audio', JSON.stringify({ text: 'a'.repeat(70 * 1024), lang: 'id' }));
    expect(huge.status).toBe(413);
  });
});

describe.skipIf(unavailable !== null)(`speech.audio from another host on the LAN${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  const fromPeer = (input: unknown, headers: Record<string, string> = {}) => ({
    url: `http://${peer!.hostAddress}:${port}/api/v1/speech.audio`,
    headers: { host: `${peer!.hostAddress}:${port}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });

  it('needs a credential there (a paired TV or tablet), and serves one that has it', async () => {
    const anonymous = await peer!.run<Answer>('http', fromPeer({ text: 'Loket satu', lang: 'id' }));
    expect(anonymous.status).toBe(401);
    const token = mintToken(office.store, 'display', null, 'TV ruang tunggu');
    const paired = await peer!.run<Answer>('http', fromPeer({ text: 'Loket satu', lang: 'id' }, { authorization: `Bearer ${token}` }));
    expect(paired.status).toBe(200);
  });

  it('bounds a flood of new texts from one address, while the kiosk still issues and speaks', async () => {
    const token = mintToken(office.store, 'display', null, 'TV flood');
    const texts = Array.from({ length: NEW_TEXTS_PER_MINUTE + 15 }, (_, i) => `Teks banjir nomor ${i + 1}`);
    const flood = peer!
      .run<{ results: Answer[] }>('burst', { requests: texts.map((text) => fromPeer({ text, lang: 'id' }, { authorization: `Bearer ${token}` })), sockets: 8 })
      .then((answer) => ({ ...answer, endedAt: Date.now() }));

    // While the flood is being spoken, a visitor takes a number and the kiosk says it.
    await vi.waitFor(() => expect(office.security.recent().events.some((e) => e.kind === 'limit_reached')).toBe(true), { timeout: 20_000 });
    const issue = await local('/api/v1/tickets.issue', JSON.stringify({ serviceCode: 'KTP' }));
    const issuedAt = Date.now();
    expect(issue.status).toBe(200);
    expect((await speech({ text: 'Nomor antrian Anda A satu.', lang: 'id' })).status).toBe(200);

    const { results, endedAt } = await flood;
    expect(issuedAt).toBeLessThan(endedAt);
    const served = results.filter((r) => r.status === 200).length;
    const refused = results.filter((r) => r.status === 429);
    expect(served).toBeGreaterThan(0);
    expect(served).toBeLessThanOrEqual(NEW_TEXTS_PER_MINUTE);
    expect(served + refused.length).toBe(texts.length);
    expect(refused.every((r) => codeOf(r) === 'locked')).toBe(true);
    expect(office.security.recent().events.find((e) => e.kind === 'limit_reached')?.source).toBe(peer!.peerAddress);
  }, 60_000);
});
