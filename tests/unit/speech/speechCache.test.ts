import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SpeechCache } from '../../../src/main/speech/speechCache';
import { makeTempDir } from '../../helpers/tempDir';

let dir: ReturnType<typeof makeTempDir>;
afterEach(() => {
  dir.remove();
  vi.restoreAllMocks();
});

const bytes = (n: number, fill = 1): Uint8Array => new Uint8Array(n).fill(fill);

describe('SpeechCache', () => {
  it('keys by voice and text, and gives back what it kept', async () => {
    dir = makeTempDir();
    const cache = new SpeechCache(join(dir.path, 'speech'), 10_000);
    const id = SpeechCache.key('espeak-ng@1.0.2/id/140', 'Loket satu');
    expect(SpeechCache.key('espeak-ng@1.0.2/en/150', 'Loket satu')).not.toBe(id);
    expect(await cache.get(id)).toBeNull();
    await cache.put(id, bytes(100, 7));
    expect(await cache.get(id)).toEqual(Buffer.from(bytes(100, 7)));
    // Nothing but the finished file is left behind.
    expect(readdirSync(join(dir.path, 'speech'))).toEqual([`${id}.wav`]);
  });

  it('stays under its size: the least recently heard go first, down to three quarters', async () => {
    dir = makeTempDir();
    const folder = join(dir.path, 'speech');
    const cache = new SpeechCache(folder, 1_000);
    for (const [i, key] of ['a', 'b', 'c'].entries()) {
      await cache.put(key, bytes(300));
      utimesSync(join(folder, `${key}.wav`), 1_000 + i, 1_000 + i);
    }
    // Heard again: "a" becomes the newest.
    expect(await cache.get('a')).not.toBeNull();
    await cache.put('d', bytes(300));
    expect(readdirSync(folder).sort()).toEqual(['a.wav', 'd.wav']);
    expect(await cache.size()).toBe(600);
  });

  it('counts what an earlier run left in the folder', async () => {
    dir = makeTempDir();
    writeFileSync(join(dir.path, 'old.wav'), bytes(700));
    const cache = new SpeechCache(dir.path, 1_000);
    expect(await cache.size()).toBe(700);
    await cache.put('new', bytes(400));
    expect(readdirSync(dir.path)).toEqual(['new.wav']);
  });

  it('keeps nothing larger than the whole cache', async () => {
    dir = makeTempDir();
    const cache = new SpeechCache(dir.path, 100);
    await cache.put('big', bytes(101));
    expect(await cache.get('big')).toBeNull();
  });

  it('loses only the cache when the folder cannot be made', async () => {
    dir = makeTempDir();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A file where the folder should be: refused even to root.
    writeFileSync(join(dir.path, 'speech'), 'in the way');
    const cache = new SpeechCache(join(dir.path, 'speech'), 1_000);
    await expect(cache.put('x', bytes(10))).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[speech\] not cached: /));
    expect(await cache.get('x')).toBeNull();
  });
});
