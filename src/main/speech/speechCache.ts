import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Spoken texts kept on disk (the data folder's speech/ folder), one WAV per text and voice, so a
 * counter's name or a guidance sentence is synthesized once. Bounded in size: the least recently heard
 * files go first. A failing disk only loses the cache, never a request.
 */
export class SpeechCache {
  private totalBytes: number | null = null;

  constructor(
    private readonly dir: string,
    private readonly maxBytes: number,
  ) {}

  static key(voiceId: string, text: string): string {
    return createHash('sha256').update(voiceId).update('\n').update(text).digest('hex');
  }

  private file(key: string): string {
    return join(this.dir, `${key}.wav`);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      const bytes = await readFile(this.file(key));
      const now = new Date();
      // Heard again: the modification time orders eviction (access times are often not kept).
      await utimes(this.file(key), now, now).catch(() => undefined);
      return bytes;
    } catch {
      return null;
    }
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    if (bytes.byteLength > this.maxBytes) return;
    try {
      await mkdir(this.dir, { recursive: true });
      const total = await this.size();
      const temporary = `${this.file(key)}.${process.pid}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, this.file(key));
      this.totalBytes = total + bytes.byteLength;
      if (this.totalBytes > this.maxBytes) await this.evict();
    } catch (err) {
      console.warn(`[speech] not cached: ${(err as Error).message}`);
      this.totalBytes = null;
    }
  }

  /** Bytes held now; read from disk once, then kept as files are added and removed. */
  async size(): Promise<number> {
    if (this.totalBytes === null) this.totalBytes = (await this.entries()).reduce((sum, e) => sum + e.bytes, 0);
    return this.totalBytes;
  }

  private async entries(): Promise<Array<{ path: string; bytes: number; mtimeMs: number }>> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const entries = await Promise.all(
      names
        .filter((name) => name.endsWith('.wav'))
        .map(async (name) => {
          const path = join(this.dir, name);
          const info = await stat(path).catch(() => null);
          return info ? { path, bytes: info.size, mtimeMs: info.mtimeMs } : null;
        }),
    );
    return entries.filter((e) => e !== null);
  }

  /** Down to three quarters of the limit, so eviction runs now and then rather than at every write. */
  private async evict(): Promise<void> {
    const entries = (await this.entries()).sort((a, b) => a.mtimeMs - b.mtimeMs);
    let total = entries.reduce((sum, e) => sum + e.bytes, 0);
    for (const entry of entries) {
      if (total <= this.maxBytes * 0.75) break;
      await unlink(entry.path).catch(() => undefined);
      total -= entry.bytes;
    }
    this.totalBytes = total;
  }
}
