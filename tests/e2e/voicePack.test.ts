import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { expectSpeech, measure } from '../unit/speech/audioMeasures';

/**
 * The recorded clips the TV falls back to (resources/voice/id), decoded by Chromium's own Ogg Vorbis
 * decoder as the display plays them, and measured like the office voice's output: as long as the manifest
 * says, heard, not clipped, ending on near-silence, and each spoken clip as long as its words take.
 */
const PACK = 'resources/voice/id';
const manifest = JSON.parse(readFileSync(join(PACK, 'manifest.json'), 'utf8')) as {
  clips: Record<string, { file: string; durationMs: number; sampleRateHz: number }>;
};
const spoken = new Map(
  readFileSync(join(PACK, 'clips.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t') as [string, string]),
);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

/** The clip's samples as 16-bit PCM at its own rate, decoded in the page. */
async function decode(file: string, sampleRateHz: number): Promise<Int16Array> {
  const base64 = readFileSync(join(PACK, file)).toString('base64');
  // A string, not a function: this project's Node typecheck has no DOM types for the page's audio API.
  const samples = await page.evaluate<number[]>(`(async () => {
    const bytes = Uint8Array.from(atob('${base64}'), (c) => c.charCodeAt(0));
    const buffer = await new OfflineAudioContext(1, 1, ${sampleRateHz}).decodeAudioData(bytes.buffer);
    return Array.from(buffer.getChannelData(0), (v) => Math.round(Math.max(-1, Math.min(1, v)) * 32767));
  })()`);
  return Int16Array.from(samples);
}

describe('the voice pack the TV falls back to', () => {
  it('lists a recording line for every clip', () => {
    expect([...spoken.keys()].sort()).toEqual(Object.keys(manifest.clips).sort());
  });

  for (const [id, clip] of Object.entries(manifest.clips)) {
    it(`plays "${id}" whole: its length, heard, not clipped, ending on silence`, async () => {
      const audio = { sampleRateHz: clip.sampleRateHz, samples: await decode(clip.file, clip.sampleRateHz) };
      const m = id === 'chime' ? measure(audio) : expectSpeech(audio, spoken.get(id) ?? id);
      expect(Math.abs(m.durationMs - clip.durationMs), 'duration against the manifest').toBeLessThanOrEqual(30);
      if (id === 'chime') {
        expect(m.rmsDbfs).toBeGreaterThan(-30);
        // Two pure tones: no sample at full scale (Vorbis may overshoot the -1 dBFS they were made at).
        expect(m.peakDbfs).toBeLessThan(0);
        expect(m.tailPeakDbfs).toBeLessThan(-40);
      }
    });
  }
});
