import type { Stats } from 'node:fs';

type FileKind = Pick<Stats, 'isCharacterDevice' | 'isFile' | 'isDirectory' | 'isFIFO' | 'isSymbolicLink' | 'isBlockDevice' | 'isSocket'>;

/**
 * Why a file cannot be a printer, in words, or null when it is a character device (what a printer or a
 * serial port is). Anything else would take the ticket's bytes as data: a regular file (a shell profile)
 * would collect the office name and footer lines, a FIFO would feed them to another program.
 */
export function notCharacterDevice(stats: FileKind): string | null {
  if (stats.isCharacterDevice()) return null;
  if (stats.isFile()) return 'a regular file';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isBlockDevice()) return 'a disk (block device)';
  if (stats.isSocket()) return 'a socket';
  return 'not a device';
}

/** Device files live in /dev; a link that leads out of it is not a printer, whatever it points at. */
export function isUnderDev(realPath: string): boolean {
  return realPath.startsWith('/dev/') && !realPath.split('/').includes('..');
}
