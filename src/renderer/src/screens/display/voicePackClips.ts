import type { VoicePackManifest } from '../../../../shared/voice/voicePack';

/** Where the LAN server serves the Indonesian clip pack (resources/voice/id). */
export const VOICE_BASE_URL = '/voice/id/';

/** A light shape check (the renderer bundle carries no zod); the unit tests validate the pack itself. */
export function isVoicePackManifest(value: unknown): value is VoicePackManifest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { formatVersion?: unknown; clips?: unknown };
  if (v.formatVersion !== 1 || typeof v.clips !== 'object' || v.clips === null) return false;
  return Object.values(v.clips).every(
    (clip: unknown) =>
      typeof clip === 'object' && clip !== null && typeof (clip as { file?: unknown }).file === 'string' && typeof (clip as { durationMs?: unknown }).durationMs === 'number',
  );
}

export interface ClipSource {
  id: string;
  url: string;
  durationMs: number;
}

/** The files to play for a planned clip sequence, or null when the pack lacks any of them. */
export function clipSources(manifest: VoicePackManifest, clips: readonly string[], baseUrl: string): ClipSource[] | null {
  const sources: ClipSource[] = [];
  for (const id of clips) {
    const clip = Object.hasOwn(manifest.clips, id) ? manifest.clips[id] : undefined;
    if (clip === undefined) return null;
    sources.push({ id, url: `${baseUrl}${clip.file}`, durationMs: clip.durationMs });
  }
  return sources;
}
