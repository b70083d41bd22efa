import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { LoketError } from '../../shared/api/errors';
import { isInside, type RemovableRootOf, systemRemovableRootOf } from './removableMedia';

const RULE = 'the USB file is written only to removable media (a USB stick) or to a folder listed in the configuration (sync.exportFolders)';

function refused(detail: string): LoketError {
  return new LoketError('bad_request', `The USB file was not written: ${detail}; ${RULE}.`, [`directory: ${detail}; ${RULE}`]);
}

/** Configured folders as they really are on disk; one that does not exist (yet) allows nothing. */
async function realFolders(folders: readonly string[]): Promise<string[]> {
  const found = await Promise.all(folders.map((folder) => realpath(folder).catch(() => null)));
  return found.filter((folder): folder is string => folder !== null);
}

/**
 * The folder sync.exportFile may write to, with links and ".." resolved first (so a link on a USB stick
 * that points into the PC's home folder is judged by where it leads). Refuses, writing nothing, unless the
 * folder exists and lies inside a configured folder or on removable media.
 */
export async function checkExportFolder(
  directory: string,
  configuredFolders: readonly string[],
  removableRootOf: RemovableRootOf = systemRemovableRootOf,
): Promise<string> {
  if (!path.isAbsolute(directory)) throw refused(`"${directory}" is not an absolute folder path`);
  let real: string;
  try {
    real = await realpath(directory);
  } catch {
    throw refused(`the folder "${directory}" does not exist (is the USB stick plugged in?)`);
  }
  if (!(await stat(real)).isDirectory()) throw refused(`"${directory}" is not a folder`);
  if ((await realFolders(configuredFolders)).some((folder) => isInside(real, folder))) return real;
  if ((await removableRootOf(real)) !== null) return real;
  const shown = real === path.resolve(directory) ? `"${directory}"` : `"${directory}" (really "${real}")`;
  throw refused(`${shown} is neither on removable media nor in a configured export folder`);
}
