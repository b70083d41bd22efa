import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planAnnouncement } from '../../../src/shared/voice/announcement';
import { ALL_CLIP_IDS } from '../../../src/shared/voice/clipIds';
import { clipsDurationMs, missingClipIds, parseVoicePackManifest } from '../../../src/shared/voice/voicePack';

const packDir = fileURLToPath(new URL('../../../resources/voice/id/', import.meta.url));
const manifest = parseVoicePackManifest(JSON.parse(readFileSync(join(packDir, 'manifest.json'), 'utf8')));

function recordingScriptIds(): string[] {
  return readFileSync(join(packDir, 'clips.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t')[0] ?? '');
}

describe('Indonesian voice pack', () => {
  it('is format 1, language id, 16–22 kHz', () => {
    expect(manifest.formatVersion).toBe(1);
    expect(manifest.language).toBe('id');
    for (const clip of Object.values(manifest.clips)) {
      expect(clip.sampleRateHz).toBeGreaterThanOrEqual(16_000);
      expect(clip.sampleRateHz).toBeLessThanOrEqual(22_050);
    }
  });

  it('holds exactly the clips the planner can ask for, as listed in the recording script', () => {
    expect(missingClipIds(manifest)).toEqual([]);
    expect(Object.keys(manifest.clips).sort()).toEqual([...ALL_CLIP_IDS].sort());
    expect(recordingScriptIds().sort()).toEqual([...ALL_CLIP_IDS].sort());
  });

  it('has every clip file on disk, as a non-empty Ogg file', () => {
    for (const [id, clip] of Object.entries(manifest.clips)) {
      const bytes = readFileSync(join(packDir, clip.file));
      expect(bytes.subarray(0, 4).toString('latin1'), id).toBe('OggS');
    }
  });

  it('stays small enough to commit (under 3 MB)', () => {
    const total = readdirSync(packDir).reduce((sum, name) => sum + statSync(join(packDir, name)).size, 0);
    expect(total).toBeLessThan(3 * 1024 * 1024);
  });

  it('covers every clip planned for any prefix letter, ticket number and counter', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const numbers = [...Array.from({ length: 1200 }, (_, i) => i), 2000, 11000, 21345, 100000, 999999];
    const planned = new Set<string>();
    for (const [i, n] of numbers.entries()) {
      const letter = letters[i % letters.length] ?? 'A';
      for (const recall of [false, true]) {
        const plan = planAnnouncement({ ticketLabel: `${letter}-${n}`, counterNumber: Math.max(1, n), recall, language: 'id' });
        for (const id of plan.clips) planned.add(id);
      }
    }
    expect(missingClipIds(manifest, [...planned])).toEqual([]);
  });

  it('sums the play time of a planned call', () => {
    const plan = planAnnouncement({ ticketLabel: 'A-112', counterNumber: 3, language: 'id' });
    const total = clipsDurationMs(manifest, plan.clips);
    expect(total).toBeGreaterThan(2_000);
    expect(total).toBeLessThan(15_000);
  });

  it('rejects a manifest of another format', () => {
    expect(() => parseVoicePackManifest({ ...manifest, formatVersion: 2 })).toThrow(/Invalid voice pack manifest/);
  });
});
