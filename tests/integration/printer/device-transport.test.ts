import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../tools/escpos-decoder/decode-escpos';
import { createPrinter } from '../../../src/main/printer/printer-service';
import { isUnderDev, notCharacterDevice } from '../../../src/main/printer/transport/device-check';
import { createDeviceTransport } from '../../../src/main/printer/transport/device';
import { printerConfigSchema } from '../../../src/shared/config/printer';
import { PRINTER_PROBLEMS } from '../../../src/shared/config/printerProblems';
import { sampleTicket } from '../../unit/printer/fixtures';
import { FAST_TIMEOUTS } from './helpers';
import { hasPython, openPseudoTerminal, type PseudoTerminal } from './pseudo-terminal';

/** A printer on a device path; `allowPath` widens the path rule (a pseudo-terminal, or files to be refused). */
const devicePrinter = (devicePath: string, allowPath?: (path: string) => boolean) =>
  createPrinter(printerConfigSchema.parse({ statusPollIntervalMs: 0, timeouts: FAST_TIMEOUTS }), {
    transport: createDeviceTransport({ path: devicePath, connectTimeoutMs: FAST_TIMEOUTS.connectMs, writeTimeoutMs: FAST_TIMEOUTS.writeMs, ...(allowPath ? { allowPath } : {}) }),
  });

const anyPath = () => true;

async function printOnce(devicePath: string, allowPath?: (path: string) => boolean) {
  const printer = devicePrinter(devicePath, allowPath);
  const outcome = await printer.print(sampleTicket());
  await printer.close();
  return outcome;
}

/** A folder holding one of each kind of file that must never take a ticket. */
async function notPrinters() {
  const dir = await mkdtemp(path.join(tmpdir(), 'loket-lp-'));
  const file = path.join(dir, 'profile.sh');
  await writeFile(file, 'echo hello\n');
  const fifo = path.join(dir, 'fifo');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  const folder = path.join(dir, 'folder');
  await mkdir(folder);
  const link = path.join(dir, 'lp0');
  await symlink(file, link);
  return { file, fifo, folder, link };
}

describe('the character-device check', () => {
  it('accepts a character device and names every other kind of file', async () => {
    const { file, fifo, folder, link } = await notPrinters();
    expect(notCharacterDevice(lstatSync('/dev/null'))).toBeNull();
    expect(notCharacterDevice(lstatSync(file))).toBe('a regular file');
    expect(notCharacterDevice(lstatSync(fifo))).toBe('a named pipe (FIFO)');
    expect(notCharacterDevice(lstatSync(folder))).toBe('a folder');
    expect(notCharacterDevice(lstatSync(link))).toBe('a symbolic link');
  });

  it('keeps devices to /dev', () => {
    expect(isUnderDev('/dev/usb/lp0')).toBe(true);
    expect(isUnderDev('/dev/../home/kiosk/.profile')).toBe(false);
    expect(isUnderDev('/tmp/dev/lp0')).toBe(false);
    expect(isUnderDev('/devices/lp0')).toBe(false);
  });
});

describe('device transport refusals', () => {
  it('refuses a path outside the printer device paths, even a harmless character device', async () => {
    const { file } = await notPrinters();
    for (const devicePath of ['/dev/null', file]) {
      const outcome = await printOnce(devicePath);
      expect(outcome.outcome).toBe('not_printed');
      expect(outcome.status.state).toBe('offline');
      expect(outcome.reason).toBe(`printer device ${devicePath} is not a printer device path; it ${PRINTER_PROBLEMS.devicePath}`);
    }
    expect(await readFile(file, 'utf8')).toBe('echo hello\n');
  });

  it('refuses a regular file, a FIFO, a folder and a link to a file at open time, writing nothing', async () => {
    const { file, fifo, folder, link } = await notPrinters();
    const reasons = [];
    for (const devicePath of [file, fifo, folder, link]) {
      const outcome = await printOnce(devicePath, anyPath);
      expect(outcome.outcome).toBe('not_printed');
      reasons.push(outcome.reason);
    }
    expect(reasons).toEqual([
      `printer device ${file} is a regular file, not a printer; nothing was written to it`,
      `printer device ${fifo} is a named pipe (FIFO), not a printer; nothing was written to it`,
      `printer device ${folder} is a folder, not a printer; nothing was written to it`,
      `printer device ${link} (a link to ${file}) is a regular file, not a printer; nothing was written to it`,
    ]);
    expect(await readFile(file, 'utf8')).toBe('echo hello\n');
  });

  it('does not print when the device is missing (unplugged), and never creates it', async () => {
    const outcome = await printOnce('/dev/usb/lp99');
    expect(outcome.outcome).toBe('not_printed');
    expect(outcome.status.state).toBe('offline');
    expect(outcome.reason).toBe('printer device /dev/usb/lp99 does not exist (printer unplugged or switched off?)');
    const missing = path.join(await mkdtemp(path.join(tmpdir(), 'loket-lp-')), 'lp0');
    expect((await printOnce(missing, anyPath)).reason).toBe(`printer device ${missing} does not exist (printer unplugged or switched off?)`);
    expect(existsSync(missing)).toBe(false);
  });
});

describe.skipIf(!hasPython)('device transport on a real character device (a pseudo-terminal)', () => {
  let terminal: PseudoTerminal | undefined;
  afterEach(async () => {
    await terminal?.close();
    terminal = undefined;
  });

  it('writes the ticket to a one-way device and reports status unknown', async () => {
    terminal = await openPseudoTerminal();
    const outcome = await printOnce(terminal.path, anyPath);
    expect(outcome).toEqual({
      outcome: 'printed',
      confirmed: false,
      status: { state: 'unknown', detail: 'this printer connection cannot report status' },
      reason: 'sent without confirmation: this printer connection cannot report status',
    });
    const pty = terminal;
    await expect.poll(() => decodeEscPos(pty.received()).blocks.some((b) => b.kind === 'cut')).toBe(true);
    const doc = decodeEscPos(pty.received());
    expect(doc.blocks.filter((b) => b.kind === 'status-query').map((b) => b.command)).toEqual(['DLE EOT 1']);
    expect(doc.blocks.some((b) => b.kind === 'text' && b.content === 'A-017')).toBe(true);
  });

  it('reads a two-way printer\'s status replies and its confirmation', async () => {
    // A ready printer: every DLE EOT n gets 0x12 (no flags), GS r 1 gets 0x00 (all printed).
    terminal = await openPseudoTerminal((chunk, pty) => {
      for (let i = 0; i < chunk.length; i++) {
        if (chunk[i] === 0x10 && chunk[i + 1] === 0x04) pty.reply(Uint8Array.of(0x12));
        if (chunk[i] === 0x1d && chunk[i + 1] === 0x72 && chunk[i + 2] === 0x01) pty.reply(Uint8Array.of(0x00));
      }
    });
    const outcome = await printOnce(terminal.path, anyPath);
    expect(outcome).toEqual({ outcome: 'printed', confirmed: true, status: { state: 'ok', detail: 'printer ready' } });
    const doc = decodeEscPos(terminal.received());
    expect(doc.blocks.filter((b) => b.kind === 'status-query').map((b) => b.command)).toEqual(['DLE EOT 1', 'DLE EOT 2', 'DLE EOT 4', 'GS r 1']);
  });
});

describe('no printer', () => {
  it('prints nothing and says why, without an alarming state', async () => {
    const printer = createPrinter(printerConfigSchema.parse({ statusPollIntervalMs: 0 }));
    const outcome = await printer.print(sampleTicket());
    expect(outcome).toEqual({
      outcome: 'not_printed',
      status: { state: 'unknown', detail: 'no printer configured' },
      reason: 'no printer configured',
    });
    await printer.close();
  });
});
