import { describe, expect, it } from 'vitest';
import { encodeWav, levelAndTrim, parseWav, TARGET_PEAK, wavDurationMs, type PcmAudio } from '../../../src/main/speech/wav';
import { measure } from './audioMeasures';

const RATE = 22_050;

/** A 440 Hz tone of `ms` at `amplitude`, between `silenceMs` of silence on each side. */
function tone(ms: number, amplitude: number, silenceMs = 0): PcmAudio {
  const silent = Math.round((silenceMs * RATE) / 1000);
  const n = Math.round((ms * RATE) / 1000);
  const samples = new Int16Array(silent * 2 + n);
  for (let i = 0; i < n; i += 1) samples[silent + i] = Math.round(amplitude * Math.sin((2 * Math.PI * 440 * i) / RATE));
  return { sampleRateHz: RATE, samples };
}

describe('WAV files', () => {
  it('reads back what it writes, and its header tells the duration', () => {
    const audio = tone(500, 8_000);
    const bytes = encodeWav(audio);
    expect(bytes.byteLength).toBe(44 + audio.samples.length * 2);
    const read = parseWav(bytes);
    expect(read.sampleRateHz).toBe(RATE);
    expect(Array.from(read.samples)).toEqual(Array.from(audio.samples));
    expect(wavDurationMs(bytes)).toBe(500);
  });

  it('reads a streamed WAV whose data size was left at its maximum (as a streaming writer does)', () => {
    const bytes = encodeWav(tone(100, 8_000));
    new DataView(bytes.buffer).setUint32(40, 0x7fffffff, true);
    expect(wavDurationMs(bytes)).toBe(100);
  });

  it('refuses what is not mono 16-bit PCM', () => {
    const stereo = encodeWav(tone(100, 8_000));
    new DataView(stereo.buffer).setUint16(22, 2, true);
    expect(() => parseWav(stereo)).toThrow(/mono 16-bit/);
    expect(() => parseWav(new TextEncoder().encode('not a sound at all, just some text here...'))).toThrow(/not a WAV/);
  });
});

describe('levelAndTrim', () => {
  it('cuts the silence before to a breath and after to 150 ms, and levels the peak to -1 dBFS', () => {
    const out = levelAndTrim(tone(1_000, 4_000, 800));
    const m = measure(out);
    expect(m.durationMs).toBeGreaterThan(1_000);
    expect(m.durationMs).toBeLessThan(1_000 + 20 + 150 + 5);
    expect(Math.max(...Array.from(out.samples, Math.abs))).toBeLessThanOrEqual(TARGET_PEAK);
    expect(m.peakDbfs).toBeGreaterThan(-1.1);
    expect(m.peakDbfs).toBeLessThan(-0.9);
    expect(m.tailPeakDbfs).toBeLessThan(-40);
  });

  it('brings a clipped sound down below full scale and fades out a sound cut mid-tone', () => {
    const out = levelAndTrim(tone(300, 32_767));
    const m = measure(out);
    expect(m.peakDbfs).toBeLessThan(-0.9);
    expect(out.samples.at(-1)).toBe(0);
  });

  it('leaves nothing of pure silence', () => {
    expect(levelAndTrim(tone(0, 0, 500)).samples.length).toBe(0);
  });
});
