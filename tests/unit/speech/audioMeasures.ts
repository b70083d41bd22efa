import { expect } from 'vitest';
import type { PcmAudio } from '../../../src/main/speech/wav';

/** Loudness figures of a mono 16-bit sound, as a sound engineer would check a clip. */
export interface AudioMeasures {
  durationMs: number;
  /** Root mean square over the whole sound, in dBFS. */
  rmsDbfs: number;
  /** The loudest sample, in dBFS (0 is full scale: clipped). */
  peakDbfs: number;
  /** The loudest sample of the last 20 ms, in dBFS: a sound that ends in silence, not cut mid-word. */
  tailPeakDbfs: number;
}

const FULL_SCALE = 32_768;
const dbfs = (value: number): number => (value <= 0 ? -Infinity : 20 * Math.log10(value / FULL_SCALE));

export function measure(audio: PcmAudio): AudioMeasures {
  const { samples, sampleRateHz } = audio;
  let sumSquares = 0;
  let peak = 0;
  for (const s of samples) {
    sumSquares += s * s;
    peak = Math.max(peak, Math.abs(s));
  }
  let tailPeak = 0;
  for (const s of samples.subarray(Math.max(0, samples.length - Math.round(sampleRateHz / 50)))) tailPeak = Math.max(tailPeak, Math.abs(s));
  return {
    durationMs: (samples.length * 1000) / sampleRateHz,
    rmsDbfs: dbfs(Math.sqrt(sumSquares / Math.max(1, samples.length))),
    peakDbfs: dbfs(peak),
    tailPeakDbfs: dbfs(tailPeak),
  };
}

/** Calm speech at the office voice's pace: between 0.25 and 0.8 s a word; a slash is read as a word of its own. */
export function plausibleSpeechMs(text: string): { min: number; max: number } {
  const words = text.split(/\s+|(?=\/)|(?<=\/)/).filter((w) => /\p{L}|\d|\//u.test(w)).length;
  return { min: words * 250, max: words * 800 + 500 };
}

/** What every spoken sound must be: heard (not silent), not clipped, ending on near-silence. */
export function expectSpeech(audio: PcmAudio, text: string): AudioMeasures {
  const m = measure(audio);
  const bounds = plausibleSpeechMs(text);
  expect(m.durationMs, `duration of "${text}"`).toBeGreaterThan(bounds.min);
  expect(m.durationMs, `duration of "${text}"`).toBeLessThan(bounds.max);
  expect(m.rmsDbfs, `loudness of "${text}"`).toBeGreaterThan(-30);
  expect(m.peakDbfs, `peak of "${text}"`).toBeLessThan(-0.5);
  expect(m.tailPeakDbfs, `end of "${text}"`).toBeLessThan(-40);
  return m;
}
