import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clipSources, isVoicePackManifest } from '../../../src/renderer/src/screens/display/voicePackClips';
import { planAnnouncement } from '../../../src/shared/voice/announcement';

const shipped: unknown = JSON.parse(readFileSync('resources/voice/id/manifest.json', 'utf8'));

describe('the voice pack as the display reads it', () => {
  it('accepts the shipped manifest', () => {
    expect(isVoicePackManifest(shipped)).toBe(true);
  });

  it('refuses another format version or clips without files', () => {
    expect(isVoicePackManifest({ formatVersion: 2, clips: {} })).toBe(false);
    expect(isVoicePackManifest({ formatVersion: 1, clips: { chime: { durationMs: 5 } } })).toBe(false);
    expect(isVoicePackManifest(null)).toBe(false);
  });

  it('finds a file for every clip of a real call, in order', () => {
    if (!isVoicePackManifest(shipped)) throw new Error('manifest');
    const { clips } = planAnnouncement({ ticketLabel: 'A-112', counterNumber: 3, language: 'id' });
    const sources = clipSources(shipped, clips, '/voice/id/');
    expect(sources?.map((s) => s.url)).toEqual([
      '/voice/id/chime.ogg',
      '/voice/id/nomor-antrian.ogg',
      '/voice/id/huruf-a.ogg',
      '/voice/id/seratus.ogg',
      '/voice/id/dua.ogg',
      '/voice/id/belas.ogg',
      '/voice/id/silakan-ke.ogg',
      '/voice/id/loket.ogg',
      '/voice/id/tiga.ogg',
    ]);
  });

  it('gives nothing to play when one clip is missing, so the whole call is spoken instead', () => {
    const pack = { formatVersion: 1 as const, language: 'id', voice: 'test', clips: { chime: { file: 'chime.ogg', durationMs: 1, sampleRateHz: 1 } } };
    expect(clipSources(pack, ['chime', 'nomor-antrian'], '/v/')).toBeNull();
    expect(clipSources(pack, ['toString'], '/v/')).toBeNull();
  });
});
