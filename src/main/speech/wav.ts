/** Mono 16-bit PCM WAV files: what eSpeak NG writes and what the screens play. */

export interface PcmAudio {
  sampleRateHz: number;
  samples: Int16Array;
}

const HEADER_BYTES = 44;
const FULL_SCALE = 32_767;

function chunkId(view: DataView, offset: number): string {
  return String.fromCharCode(view.getUint8(offset), view.getUint8(offset + 1), view.getUint8(offset + 2), view.getUint8(offset + 3));
}

/** Where a mono 16-bit PCM WAV keeps its samples; throws on anything else. */
function locateSamples(bytes: Uint8Array): { view: DataView; sampleRateHz: number; start: number; count: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER_BYTES || chunkId(view, 0) !== 'RIFF' || chunkId(view, 8) !== 'WAVE') throw new Error('not a WAV file');
  let sampleRateHz = 0;
  for (let offset = 12; offset + 8 <= bytes.byteLength; ) {
    const id = chunkId(view, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      const format = view.getUint16(body, true);
      const channels = view.getUint16(body + 2, true);
      const bits = view.getUint16(body + 14, true);
      if (format !== 1 || channels !== 1 || bits !== 16) throw new Error(`WAV is not mono 16-bit PCM (format ${format}, ${channels} channels, ${bits} bits)`);
      sampleRateHz = view.getUint32(body + 4, true);
    } else if (id === 'data') {
      if (sampleRateHz === 0) throw new Error('WAV data before its format');
      // A writer that streams may leave the size at its maximum: the data then runs to the end of the file.
      const end = Math.min(body + size, bytes.byteLength);
      return { view, sampleRateHz, start: body, count: Math.floor((end - body) / 2) };
    }
    offset = body + size + (size % 2);
  }
  throw new Error('WAV has no data');
}

export function parseWav(bytes: Uint8Array): PcmAudio {
  const { view, sampleRateHz, start, count } = locateSamples(bytes);
  const samples = new Int16Array(count);
  for (let i = 0; i < count; i += 1) samples[i] = view.getInt16(start + i * 2, true);
  return { sampleRateHz, samples };
}

/** The play time of a WAV file, read from its header. */
export function wavDurationMs(bytes: Uint8Array): number {
  const { sampleRateHz, count } = locateSamples(bytes);
  return Math.round((count * 1000) / sampleRateHz);
}

export function encodeWav(audio: PcmAudio): Uint8Array {
  const dataBytes = audio.samples.length * 2;
  const bytes = new Uint8Array(HEADER_BYTES + dataBytes);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string): void => {
    for (let i = 0; i < value.length; i += 1) view.setUint8(offset + i, value.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, audio.sampleRateHz, true);
  view.setUint32(28, audio.sampleRateHz * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < audio.samples.length; i += 1) view.setInt16(HEADER_BYTES + i * 2, audio.samples[i] ?? 0, true);
  return bytes;
}

/** Silence below this share of full scale (-45 dBFS, as the voice pack's clips are trimmed). */
const SILENCE = FULL_SCALE * 10 ** (-45 / 20);
/** The peak every utterance is levelled to: -1 dBFS, as the voice pack's clips. */
export const TARGET_PEAK = Math.round(FULL_SCALE * 10 ** (-1 / 20));
const LEAD_MS = 20;
const TAIL_MS = 150;

/**
 * Ready to play: silence at the start cut to a breath (a call follows its chime at once), the end kept
 * short, and the loudest sample levelled to -1 dBFS so every sentence and clip sounds equally loud.
 */
export function levelAndTrim(audio: PcmAudio): PcmAudio {
  const { samples, sampleRateHz } = audio;
  let first = 0;
  while (first < samples.length && Math.abs(samples[first] ?? 0) < SILENCE) first += 1;
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last] ?? 0) < SILENCE) last -= 1;
  if (first >= samples.length) return { sampleRateHz, samples: new Int16Array(0) };
  const start = Math.max(0, first - Math.round((LEAD_MS * sampleRateHz) / 1000));
  const end = Math.min(samples.length, last + 1 + Math.round((TAIL_MS * sampleRateHz) / 1000));
  const kept = samples.subarray(start, end);
  let peak = 0;
  for (const sample of kept) peak = Math.max(peak, Math.abs(sample));
  const gain = TARGET_PEAK / peak;
  const levelled = new Int16Array(kept.length);
  for (let i = 0; i < kept.length; i += 1) levelled[i] = Math.round((kept[i] ?? 0) * gain);
  // The tail fades out over its last 10 ms, so the sound never stops on a click.
  const fade = Math.min(levelled.length, Math.round(sampleRateHz / 100));
  for (let i = 0; i < fade; i += 1) {
    const index = levelled.length - 1 - i;
    levelled[index] = Math.round((levelled[index] ?? 0) * (i / fade));
  }
  return { sampleRateHz, samples: levelled };
}
