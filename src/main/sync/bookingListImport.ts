import { createPublicKey, verify } from 'node:crypto';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { MethodOutput } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import type { BookingListImportResult, BookingListRefusal } from '../../shared/api/methods/bookingList';
import {
  BOOKING_LIST_FILE_FORMAT,
  BOOKING_LIST_FILE_NAME,
  BOOKING_LIST_FILE_VERSION,
  BOOKING_LIST_LIMITS,
  bookingListFileEnvelope,
  bookingListFileHead,
  bookingListFilePayload,
  bookingListSignedText,
  type BookingListFilePayload,
} from '../../shared/booking/bookingListFile';
import type { Store } from '../store/store';
import { containingMount, isAutomountPoint, isInside, parseMountInfo, systemRemovableRootOf, type RemovableRootOf } from './removableMedia';
import { SyncStore } from './syncStore';

/**
 * The booking list file a van without network carries from the city (shared/booking/bookingListFile.ts):
 * found only at the top of removable media and in the configured export folders (the places the counts'
 * USB file may go), checked (format, the city's signature with the booking key held since enrolment, the
 * office), and loaded into the day lists the sync's pull also fills, one transaction, never over a day
 * pulled after the file was made.
 */

type Refusal = { ok: false; reason: BookingListRefusal; message: string; officeId?: string };

/** The file's text checked against the city's booking key (SPKI DER, base64) and this office; pure but for the crypto. */
export function readBookingListFile(text: string, cityKey: string | undefined, officeId: string): { ok: true; payload: BookingListFilePayload } | Refusal {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not_booking_file', message: 'the file is not JSON' };
  }
  const head = bookingListFileHead.safeParse(json);
  if (!head.success || head.data.format !== BOOKING_LIST_FILE_FORMAT) return { ok: false, reason: 'not_booking_file', message: `the file is not a ${BOOKING_LIST_FILE_FORMAT} file` };
  if (head.data.version !== BOOKING_LIST_FILE_VERSION) {
    return { ok: false, reason: 'wrong_version', message: `the file has version ${JSON.stringify(head.data.version)}; this Loket reads version ${BOOKING_LIST_FILE_VERSION}` };
  }
  const envelope = bookingListFileEnvelope.safeParse(json);
  if (!envelope.success) return { ok: false, reason: 'not_booking_file', message: 'the file lacks its payload or signature' };
  if (!cityKey) return { ok: false, reason: 'no_booking_key', message: "this office holds no city booking key yet (it comes with enrolment)" };
  const payloadText = Buffer.from(envelope.data.payload, 'base64').toString('utf8');
  const key = createPublicKey({ key: Buffer.from(cityKey, 'base64'), format: 'der', type: 'spki' });
  // The signature first: nothing in an unsigned file is read further.
  if (!verify(null, Buffer.from(bookingListSignedText(payloadText), 'utf8'), key, Buffer.from(envelope.data.signature, 'base64url'))) {
    return { ok: false, reason: 'bad_signature', message: "the signature does not match the city's booking key" };
  }
  let payload: unknown;
  try {
    payload = JSON.parse(payloadText);
  } catch {
    return { ok: false, reason: 'not_booking_file', message: 'the signed payload is not JSON' };
  }
  const parsed = bookingListFilePayload.safeParse(payload);
  if (!parsed.success) return { ok: false, reason: 'not_booking_file', message: `the signed payload is malformed: ${parsed.error.issues.map((i) => i.message).join('; ')}` };
  if (parsed.data.officeId !== officeId) {
    return { ok: false, reason: 'other_office', message: `the file is for office ${parsed.data.officeId}, this is ${officeId}`, officeId: parsed.data.officeId };
  }
  return { ok: true, payload: parsed.data };
}

/** The automounted removable media on Linux, or the removable drive letters on Windows. */
async function systemRemovableRoots(removableRootOf: RemovableRootOf): Promise<string[]> {
  let candidates: string[] = [];
  if (process.platform === 'linux') {
    const mounts = parseMountInfo(await readFile('/proc/self/mountinfo', 'utf8').catch(() => ''));
    candidates = [...new Set(mounts.map((m) => m.mountPoint).filter(isAutomountPoint))].filter((p) => containingMount(p, mounts)?.mountPoint === p);
  } else if (process.platform === 'win32') {
    const letters = 'DEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l) => `${l}:\\`);
    candidates = (await Promise.all(letters.map(async (l) => ((await stat(l).catch(() => null)) ? l : null)))).filter((l): l is string => l !== null);
  }
  const roots = await Promise.all(candidates.map((c) => removableRootOf(c).catch(() => null)));
  return roots.filter((r): r is string => r !== null);
}

export interface BookingListImportOptions {
  /** The configuration's sync.exportFolders. */
  folders: () => readonly string[];
  officeId: () => string;
  /** The office's date today: days before it are past and left alone. */
  today: () => string;
  removableRootOf?: RemovableRootOf;
  /** Where removable media are mounted now (tests give a fake stick). */
  removableRoots?: () => Promise<string[]>;
}

export class BookingListImport {
  private readonly syncStore: SyncStore;
  private readonly removableRootOf: RemovableRootOf;
  private readonly removableRoots: () => Promise<string[]>;

  constructor(
    private readonly store: Store,
    private readonly options: BookingListImportOptions,
  ) {
    this.syncStore = new SyncStore(store);
    this.removableRootOf = options.removableRootOf ?? systemRemovableRootOf;
    this.removableRoots = options.removableRoots ?? (() => systemRemovableRoots(this.removableRootOf));
  }

  /** The folders looked in, as they really are on disk. */
  private async folders(): Promise<string[]> {
    const configured = await Promise.all(this.options.folders().map((f) => realpath(f).catch(() => null)));
    return [...new Set([...(await this.removableRoots()), ...configured.filter((f): f is string => f !== null)])];
  }

  /** Booking list files at the top of those folders, newest first; nothing else is listed or read. */
  async files(): Promise<MethodOutput<'bookings.usbFiles'>> {
    const folders = await this.folders();
    const found = await Promise.all(
      folders.map(async (folder) => {
        const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => BOOKING_LIST_FILE_NAME.test(n));
        const files = await Promise.all(
          names.map(async (fileName) => {
            const full = path.join(folder, fileName);
            const info = await lstat(full).catch(() => null);
            return info?.isFile() ? { path: full, fileName, folder, bytes: info.size, modifiedAt: Math.round(info.mtimeMs) } : null;
          }),
        );
        return files.filter((f) => f !== null);
      }),
    );
    // The name ends in the time the city made the file: newest first, whichever office it is for.
    const stamp = (name: string) => name.slice(-'20261202-061500.booking.json'.length);
    return { folders, files: found.flat().sort((a, b) => stamp(b.fileName).localeCompare(stamp(a.fileName)) || a.path.localeCompare(b.path)) };
  }

  /**
   * Checks the path as files() would list it (links resolved: a link on the stick into the PC is judged by
   * where it leads), then the file, then loads it. Every refusal changes nothing.
   */
  async importFile(filePath: string): Promise<BookingListImportResult> {
    const today = this.options.today();
    const fileName = path.basename(filePath);
    const real = await this.allowedFile(filePath);
    const text = await readFile(real, 'utf8');
    const read = readBookingListFile(text, this.syncStore.enrolment()?.bookingKey, this.options.officeId());
    if (!read.ok) return { ...read, fileName };
    const { payload } = read;
    const days = payload.days.filter((d) => d.day >= today);
    const newerKept = days.filter((d) => (this.store.bookings.pulledAt(d.day) ?? -1) > payload.createdAt).map((d) => d.day);
    const load = days.filter((d) => !newerKept.includes(d.day));
    if (load.length === 0) {
      const message = days.length === 0 ? `every day of the file is before today (${today})` : `the office pulled every day of the file from the city after the file was made`;
      return { ok: false, reason: 'too_old', message, fileName };
    }
    // The days count as pulled when the city made the file: a later pull replaces them, an older file cannot.
    this.store.transaction(() => {
      for (const d of load) this.store.bookings.replaceDay(d.day, d.bookings, payload.createdAt);
    });
    return {
      ok: true,
      fileName,
      createdAt: payload.createdAt,
      days: load.map((d) => ({ day: d.day, bookings: d.bookings.length, cancelled: d.bookings.filter((b) => b.cancelledAt !== null).length })),
      newerKept,
    };
  }

  private async allowedFile(filePath: string): Promise<string> {
    const refuse = (detail: string) =>
      new LoketError('bad_request', `The booking list was not loaded: ${detail}; only booking list files on removable media or in sync.exportFolders are read.`, [`path: ${detail}`]);
    if (!path.isAbsolute(filePath)) throw refuse(`"${filePath}" is not an absolute path`);
    if (!BOOKING_LIST_FILE_NAME.test(path.basename(filePath))) throw refuse(`"${path.basename(filePath)}" is not the name of a booking list file`);
    const real = await realpath(filePath).catch(() => null);
    if (!real) throw refuse(`"${filePath}" does not exist (is the USB stick still plugged in?)`);
    const info = await stat(real);
    if (!info.isFile()) throw refuse(`"${filePath}" is not a file`);
    if (info.size > BOOKING_LIST_LIMITS.maxFileBytes) throw refuse(`"${filePath}" is larger than any booking list (${info.size} bytes)`);
    const folder = path.dirname(real);
    const configured = await Promise.all(this.options.folders().map((f) => realpath(f).catch(() => null)));
    if (configured.some((f) => f !== null && isInside(folder, f))) return real;
    if ((await this.removableRootOf(folder)) !== null) return real;
    throw refuse(`"${filePath}" is neither on removable media nor in a configured export folder`);
  }
}
