import { execFile } from 'node:child_process';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * Is a folder on removable media (a USB stick, an SD card)? Decided only where it can be decided
 * reliably: on Linux, a mount that the desktop's automounter made under /media/<user>/ or
 * /run/media/<user>/ of a block device the kernel calls removable or sees on the USB bus; on Windows, a
 * drive whose type is "removable". The parsing and deciding are pure; reading the OS is kept apart.
 */

export interface Mount {
  /** "8:17": the block device behind the mount. */
  device: string;
  mountPoint: string;
}

/** /proc/self/mountinfo escapes space, tab, newline and backslash in paths as \ooo. */
function unescapeMountPath(value: string): string {
  return value.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

export function parseMountInfo(text: string): Mount[] {
  const mounts: Mount[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    const device = fields[2];
    const mountPoint = fields[4];
    if (device && mountPoint && /^\d+:\d+$/.test(device)) mounts.push({ device, mountPoint: unescapeMountPath(mountPoint) });
  }
  return mounts;
}

/** Whether `dir` is `root` or inside it (both resolved, absolute). */
export function isInside(dir: string, root: string, pathApi: path.PlatformPath = path): boolean {
  const relative = pathApi.relative(root, dir);
  return relative === '' || (!relative.startsWith('..') && !pathApi.isAbsolute(relative));
}

/** The mount a folder is on: the deepest mount point that holds it (a later mount over the same point wins). */
export function containingMount(dir: string, mounts: readonly Mount[]): Mount | null {
  let best: Mount | null = null;
  for (const mount of mounts) {
    if (isInside(dir, mount.mountPoint, path.posix) && (!best || mount.mountPoint.length >= best.mountPoint.length)) best = mount;
  }
  return best;
}

/** udisks mounts hot-plugged media at /media/<user>/<label> (Debian, Ubuntu) or /run/media/<user>/<label> (Fedora). */
export function isAutomountPoint(mountPoint: string): boolean {
  return /^\/(?:run\/)?media\/[^/]+\/[^/]+$/.test(mountPoint);
}

export interface BlockDeviceFacts {
  /** The kernel's "removable" flag of the disk. */
  removable: boolean;
  /** The disk hangs off a USB controller (USB sticks and card readers that do not set the flag). */
  usb: boolean;
}

export function isRemovableMount(mount: Mount, facts: BlockDeviceFacts | null): boolean {
  return isAutomountPoint(mount.mountPoint) && facts !== null && (facts.removable || facts.usb);
}

/** What sysfs says about the disk behind a block device (a partition's flag is on its disk). */
async function linuxBlockDeviceFacts(device: string): Promise<BlockDeviceFacts | null> {
  try {
    const sysPath = await realpath(`/sys/dev/block/${device}`);
    const flag = await readFile(path.join(sysPath, 'removable'), 'utf8').catch(() => readFile(path.join(sysPath, '..', 'removable'), 'utf8'));
    return { removable: flag.trim() === '1', usb: sysPath.split('/').some((part) => /^usb\d+$/.test(part)) };
  } catch {
    return null;
  }
}

async function linuxRemovableRoot(dir: string): Promise<string | null> {
  const mount = containingMount(dir, parseMountInfo(await readFile('/proc/self/mountinfo', 'utf8')));
  if (!mount || !isAutomountPoint(mount.mountPoint)) return null;
  return isRemovableMount(mount, await linuxBlockDeviceFacts(mount.device)) ? mount.mountPoint : null;
}

export interface WindowsDrive {
  /** "E:" */
  letter: string;
  removable: boolean;
}

/** Win32_LogicalDisk rows printed as "E:|2"; DriveType 2 is a removable disk. */
export function parseWindowsDrives(stdout: string): WindowsDrive[] {
  return stdout
    .split(/\r?\n/)
    .map((line) => /^([A-Za-z]:)\|(\d+)\s*$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ letter: (m[1] as string).toUpperCase(), removable: m[2] === '2' }));
}

const WINDOWS_DRIVES_SCRIPT = 'Get-CimInstance -ClassName Win32_LogicalDisk | ForEach-Object { "$($_.DeviceID)|$($_.DriveType)" }';

function windowsDrives(): Promise<WindowsDrive[]> {
  const encoded = Buffer.from(WINDOWS_DRIVES_SCRIPT, 'utf16le').toString('base64');
  return new Promise((resolve) => {
    execFile('powershell.exe', ['-NoLogo', '-NoProfile', '-NonInteractive', '-EncodedCommand', encoded], { timeout: 15_000, windowsHide: true }, (error, stdout) =>
      resolve(error ? [] : parseWindowsDrives(String(stdout))),
    );
  });
}

async function windowsRemovableRoot(dir: string): Promise<string | null> {
  const letter = /^([A-Za-z]:)\\/.exec(dir)?.[1]?.toUpperCase();
  if (!letter) return null;
  const drive = (await windowsDrives()).find((d) => d.letter === letter);
  return drive?.removable ? `${letter}\\` : null;
}

/** The root of the removable medium a resolved folder is on, or null (not removable, or not decidable here). */
export type RemovableRootOf = (realDir: string) => Promise<string | null>;

export const systemRemovableRootOf: RemovableRootOf = (realDir) => {
  if (process.platform === 'linux') return linuxRemovableRoot(realDir);
  if (process.platform === 'win32') return windowsRemovableRoot(realDir);
  return Promise.resolve(null);
};
