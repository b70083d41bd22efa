/** A path as one shell word (office folders may contain spaces). */
function shellWord(path: string): string {
  return /^[\w./:\\-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/**
 * The browser-mode restore of one backup (docs/backups.md, "Backups and restore"). Backups live in
 * `<data>/backups`, so the data folder is the backup folder's parent; LOKET_DATA_DIR must name it, or
 * the script restores into ./data.
 */
export function restoreCommand(folder: string, fileName: string): string {
  const separator = folder.includes('/') || !folder.includes('\\') ? '/' : '\\';
  const trimmed = folder.replace(/[\\/]+$/, '');
  const dataDir = trimmed.slice(0, Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'))) || '.';
  return `LOKET_DATA_DIR=${shellWord(dataDir)} npm run restore -- ${shellWord(`${trimmed}${separator}${fileName}`)}`;
}
