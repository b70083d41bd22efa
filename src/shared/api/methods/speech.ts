import { z } from 'zod';
import { LANGUAGES } from '../../i18n/languages';
import { method, type MethodSpec } from '../method';

/** The office's own voice: speech made on the office PC (eSpeak NG), for every screen that speaks. */

/** Longest text one request may ask for: a call with a long counter name, an SKM question with its answers. */
export const SPEECH_MAX_CHARS = 600;

export const speechInput = z
  .object({
    text: z.string().trim().min(1).max(SPEECH_MAX_CHARS),
    lang: z.enum(LANGUAGES),
  })
  .strict();

export const speechAudio = z.object({
  /** A mono 16-bit PCM WAV file, base64: one file a screen plays with an audio element. */
  wavBase64: z.string(),
  durationMs: z.int().min(0),
});

export const speechMethods = {
  'speech.audio': method({
    summary:
      'The text spoken by the office voice, as a WAV made on this PC without a network (eSpeak NG, cached in the data folder). ' +
      'The TV speaks calls with it, the kiosk its guidance, /rate the SKM questions.',
    input: speechInput,
    output: speechAudio,
    roles: ['kiosk', 'display', 'counter', 'supervisor'],
    agency: 'any',
    // It writes the text's sound into the data folder's cache (nothing else).
    mutates: true,
    example: { text: 'Nomor antrian A seratus dua belas, silakan ke loket tiga.', lang: 'id' },
  }),
} as const satisfies Record<string, MethodSpec>;
