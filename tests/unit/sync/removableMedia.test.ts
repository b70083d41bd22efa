import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { containingMount, isAutomountPoint, isInside, isRemovableMount, parseMountInfo, parseWindowsDrives } from '../../../src/main/sync/removableMedia';

const MOUNTINFO = [
  '22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw',
  '31 22 0:26 / /run rw,nosuid shared:5 - tmpfs tmpfs rw',
  '95 22 259:3 / /home rw,relatime shared:40 - ext4 /dev/nvme0n1p3 rw',
  '412 22 8:17 / /media/kiosk/KUPANG\\040VAN rw,nosuid,nodev,relatime shared:220 - vfat /dev/sdb1 rw,uid=1000',
  '420 412 259:3 /kiosk /media/kiosk/KUPANG\\040VAN/home rw,relatime shared:40 - ext4 /dev/nvme0n1p3 rw',
  '430 31 8:33 / /run/media/petugas/SD rw,nosuid shared:230 - exfat /dev/sdc1 rw',
  'garbage line',
].join('\n');

describe('mounts from /proc/self/mountinfo', () => {
  const mounts = parseMountInfo(MOUNTINFO);

  it('reads each mount point with its device, unescaping spaces', () => {
    expect(mounts.map((m) => [m.device, m.mountPoint])).toEqual([
      ['259:2', '/'],
      ['0:26', '/run'],
      ['259:3', '/home'],
      ['8:17', '/media/kiosk/KUPANG VAN'],
      ['259:3', '/media/kiosk/KUPANG VAN/home'],
      ['8:33', '/run/media/petugas/SD'],
    ]);
  });

  it('finds the mount a folder is really on, the deepest one', () => {
    expect(containingMount('/media/kiosk/KUPANG VAN/loket', mounts)?.device).toBe('8:17');
    expect(containingMount('/media/kiosk/KUPANG VAN/home/.bashrc.d', mounts)?.device).toBe('259:3');
    expect(containingMount('/media/kiosk/KUPANG VANITY', mounts)?.mountPoint).toBe('/');
    expect(containingMount('/home/kiosk', mounts)?.mountPoint).toBe('/home');
  });

  it("takes only the automounter's places, on a removable or USB disk", () => {
    expect(['/media/kiosk/USB', '/run/media/petugas/SD'].every(isAutomountPoint)).toBe(true);
    expect(['/media/kiosk', '/media/kiosk/USB/sub', '/mnt/usb', '/home/kiosk/media/x/y', '/'].some(isAutomountPoint)).toBe(false);
    const stick = { device: '8:17', mountPoint: '/media/kiosk/USB' };
    expect(isRemovableMount(stick, { removable: true, usb: true })).toBe(true);
    expect(isRemovableMount(stick, { removable: false, usb: true })).toBe(true);
    expect(isRemovableMount(stick, { removable: true, usb: false })).toBe(true);
    expect(isRemovableMount(stick, { removable: false, usb: false })).toBe(false);
    expect(isRemovableMount(stick, null)).toBe(false);
    expect(isRemovableMount({ device: '8:17', mountPoint: '/mnt/usb' }, { removable: true, usb: true })).toBe(false);
  });
});

describe('folders inside folders', () => {
  it('compares whole path segments, and ignores case on Windows', () => {
    expect(isInside('/media/usb/loket', '/media/usb', path.posix)).toBe(true);
    expect(isInside('/media/usb', '/media/usb', path.posix)).toBe(true);
    expect(isInside('/media/usb-evil', '/media/usb', path.posix)).toBe(false);
    expect(isInside('/media', '/media/usb', path.posix)).toBe(false);
    expect(isInside('E:\\Loket\\ekspor', 'e:\\loket', path.win32)).toBe(true);
    expect(isInside('D:\\Loket', 'E:\\', path.win32)).toBe(false);
  });
});

describe('Windows drives', () => {
  it('reads the drive types, DriveType 2 being removable', () => {
    expect(parseWindowsDrives('C:|3\r\nE:|2\r\nF:|5\r\nz:|2\r\n\r\n')).toEqual([
      { letter: 'C:', removable: false },
      { letter: 'E:', removable: true },
      { letter: 'F:', removable: false },
      { letter: 'Z:', removable: true },
    ]);
  });
});
