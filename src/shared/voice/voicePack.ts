/** The voice pack manifest (resources/voice/<language>/manifest.json) and its completeness check. */
import { z } from 'zod';
import { ALL_CLIP_IDS } from './clipIds';

export const VOICE_PACK_FORMAT_VERSION = 1;

const clipSchema = z.object({
  file: z.string().regex(/^[a-z0-9-]+\.(ogg|wav)$/, 'clip files are plain names ending in .ogg or .wav'),
  durationMs: z.number().int().positive(),
  sampleRateHz: z.number().int().positive(),
});

const manifestSchema = z.object({
  formatVersion: z.literal(VOICE_PACK_FORMAT_VERSION),
  language: z.string().min(2),
  voice: z.string(),
  clips: z.record(z.string(), clipSchema),
});

export type VoiceClip = z.infer<typeof clipSchema>;
export type VoicePackManifest = z.infer<typeof manifestSchema>;

/** Throws a readable error when the manifest is not a voice pack of this format version. */
export function parseVoicePackManifest(json: unknown): VoicePackManifest {
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Invalid voice pack manifest: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** Ids the planner may ask for that the pack lacks; a pack is usable only when this is empty. */
export function missingClipIds(manifest: VoicePackManifest, ids: readonly string[] = ALL_CLIP_IDS): string[] {
  return ids.filter((id) => !Object.hasOwn(manifest.clips, id));
}

/** Total play time of a clip sequence, e.g. to size captions or a player timeout. */
export function clipsDurationMs(manifest: VoicePackManifest, clips: readonly string[]): number {
  return clips.reduce((total, id) => total + (manifest.clips[id]?.durationMs ?? 0), 0);
}
