import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createPrinter } from '../../../src/main/printer/printer-service';
import { runPrintJob } from '../../../src/main/printer/run-print-job';
import { createWindowsTransport } from '../../../src/main/printer/transport/windows';
import { WindowsHelper, type WindowsHelperOptions } from '../../../src/main/printer/transport/windows-helper';
import { statusResult } from '../../../src/main/printer/transport/windows-helper-protocol';
import { printerConfigSchema } from '../../../src/shared/config/printer';

/**
 * The Windows transport and its long-lived helper, against a stand-in helper process that speaks the
 * same protocol (PowerShell and the spooler cannot run here).
 */
const FAKE = fileURLToPath(new URL('../../helpers/fakeWindowsPrintHelper.mjs', import.meta.url));
const TICKET = Uint8Array.of(0x1b, 0x40, 0x41, 0x2d, 0x30, 0x31, 0x32, 0x0a, 0x1d, 0x56, 0x01);
const TIMEOUTS = { statusMs: 100, processedMs: 500 };
const INSTALLED = ['Microsoft Print to PDF', 'POS-80', 'Generic', 'PaperOut', 'JamOnPrint', 'SlowJob', 'HangOnPrint', 'Die', 'Missing'];

const helpers: WindowsHelper[] = [];
let children: ChildProcessWithoutNullStreams[] = [];

afterEach(async () => {
  await Promise.all(helpers.splice(0).map((helper) => helper.close()));
  children = [];
});

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'loket-winhelper-'));
}

function fakeHelper(args: string[] = [], options: WindowsHelperOptions = {}): WindowsHelper {
  const helper = new WindowsHelper({
    start: () => {
      const child = spawn(process.execPath, [FAKE, ...args], { stdio: 'pipe' });
      children.push(child);
      return child;
    },
    readyTimeoutMs: 5_000,
    restartDelaysMs: [0, 60_000],
    ...options,
  });
  helpers.push(helper);
  return helper;
}

function windowsTransport(helper: WindowsHelper, printerName = 'POS-80') {
  return createWindowsTransport({
    printerName,
    writeTimeoutMs: 1_000,
    processedTimeoutMs: 500,
    statusTimeoutMs: 100,
    helper,
    installedPrinters: async () => INSTALLED,
  });
}

async function logLines(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8')).trim().split('\n');
}

describe('one long-lived helper', () => {
  it('serves many tickets from one process, each the exact bytes, confirmed by a driver that reports status', async () => {
    const jobs = await tempDir();
    const helper = fakeHelper(['--jobs', jobs]);
    const transport = windowsTransport(helper);
    for (let n = 0; n < 5; n++) {
      const outcome = await runPrintJob(transport, TICKET, TIMEOUTS);
      expect(outcome).toEqual({ outcome: 'printed', confirmed: true, status: { state: 'ok', detail: 'Windows printer "POS-80" on ESDPRT001: printer ready' } });
    }
    expect(helper.started).toBe(1);
    const files = await readdir(jobs);
    expect(files).toHaveLength(5);
    for (const file of files) expect([...(await readFile(path.join(jobs, file)))]).toEqual([...TICKET]);
  });

  it('prints without confirmation where the driver reports nothing, and says why', async () => {
    const outcome = await runPrintJob(windowsTransport(fakeHelper(), 'Generic'), TICKET, TIMEOUTS);
    expect(outcome).toMatchObject({ outcome: 'printed', confirmed: false, status: { state: 'unknown' } });
    expect(outcome.status.detail).toBe(
      'Windows printer "Generic" on USB001: the driver "Generic / Text Only" does not report the printer\'s status (no language monitor, or bidirectional support is off), so a ticket cannot be confirmed',
    );
    expect(outcome.reason).toMatch(/^sent without confirmation: /);
  });

  it('sends nothing when the spooler reports paper out', async () => {
    const jobs = await tempDir();
    const outcome = await runPrintJob(windowsTransport(fakeHelper(['--jobs', jobs]), 'PaperOut'), TICKET, TIMEOUTS);
    expect(outcome).toEqual({
      outcome: 'not_printed',
      status: { state: 'paper_out', detail: 'Windows printer "PaperOut" on ESDPRT001: paper roll is empty' },
      reason: 'printer not ready: Windows printer "PaperOut" on ESDPRT001: paper roll is empty',
    });
    expect(await readdir(jobs)).toEqual([]);
  });

  it('fails a job that stalls in the queue with the state the spooler gave, the job cancelled', async () => {
    const outcome = await runPrintJob(windowsTransport(fakeHelper(), 'JamOnPrint'), TICKET, TIMEOUTS);
    expect(outcome).toEqual({
      outcome: 'failed',
      status: { state: 'paper_out', detail: 'Windows printer "JamOnPrint" on ESDPRT001: paper roll is empty (the driver says "Paper out")' },
      reason: "printer stopped the job while sending the ticket: the ticket's job 41 stopped in the Windows queue; it was cancelled",
    });
  });

  it('fails a job still queued when the watch ends, and reports the printer as not answering', async () => {
    const outcome = await runPrintJob(windowsTransport(fakeHelper(), 'SlowJob'), TICKET, TIMEOUTS);
    expect(outcome).toMatchObject({ outcome: 'failed', status: { state: 'no_reply' } });
    expect(outcome.reason).toBe("printer stopped the job while sending the ticket: the ticket's job 42 was still in the Windows queue after 500 ms; it was cancelled");
  });

  it("passes on the helper's own error (OpenPrinter failed) as an unreachable printer", async () => {
    const outcome = await runPrintJob(windowsTransport(fakeHelper(), 'Missing'), TICKET, TIMEOUTS);
    expect(outcome).toEqual({
      outcome: 'not_printed',
      status: { state: 'offline', detail: 'Windows printer "Missing": OpenPrinter \'Missing\' failed: The printer name is invalid. (1801)' },
      reason: 'status check failed: Windows printer "Missing": OpenPrinter \'Missing\' failed: The printer name is invalid. (1801)',
    });
  });

  it('sends nothing to a name that is not an installed printer, and starts no helper for it', async () => {
    const helper = fakeHelper();
    const share = createWindowsTransport({
      printerName: '\\\\server\\share',
      writeTimeoutMs: 1_000,
      processedTimeoutMs: 500,
      statusTimeoutMs: 100,
      helper,
      installedPrinters: async () => ['POS-80'],
    });
    const outcome = await runPrintJob(share, TICKET, TIMEOUTS);
    expect(outcome).toMatchObject({ outcome: 'not_printed', status: { state: 'offline' } });
    expect(outcome.reason).toBe('Windows printer "\\\\server\\share" is not a printer installed on this PC (installed: "POS-80")');
    expect(helper.started).toBe(0);
  });
});

describe('a helper in trouble', () => {
  it('fails a request that gets no answer with a timeout, stops the stuck helper and starts a new one for the next', async () => {
    const helper = fakeHelper();
    await expect(helper.request({ op: 'status', printer: 'Hang' }, statusResult, 200)).rejects.toMatchObject({
      name: 'TransportError',
      failure: 'timeout',
      message: 'the Windows print helper did not answer "status" within 200 ms',
    });
    expect(children[0]?.exitCode ?? children[0]?.signalCode).not.toBeNull();
    const answer = await helper.request({ op: 'status', printer: 'POS-80' }, statusResult, 1_000);
    expect(answer).toMatchObject({ ok: true, result: { printer: { port: 'ESDPRT001' } } });
    expect(helper.started).toBe(2);
  });

  it('fails a ticket whose print gets no answer within the write and queue budgets', async () => {
    const helper = fakeHelper();
    const outcome = await runPrintJob(windowsTransport(helper, 'HangOnPrint'), TICKET, TIMEOUTS);
    expect(outcome).toEqual({
      outcome: 'failed',
      status: { state: 'offline', detail: 'the Windows print helper did not answer "print" within 1500 ms' },
      reason: 'connection lost while sending the ticket: the Windows print helper did not answer "print" within 1500 ms',
    });
    expect((await runPrintJob(windowsTransport(helper), TICKET, TIMEOUTS)).outcome).toBe('printed');
    expect(helper.started).toBe(2);
  });

  it('fails the ticket of a helper that dies mid-request, saying why, and restarts it for the next ticket', async () => {
    const helper = fakeHelper();
    const die = await runPrintJob(windowsTransport(helper, 'Die'), TICKET, TIMEOUTS);
    expect(die).toMatchObject({ outcome: 'not_printed', status: { state: 'offline' } });
    expect(die.reason).toBe(
      'status check failed: the Windows print helper stopped (exit code 3): Exception calling "Print": the spooler went away while answering "status"',
    );
    const next = await runPrintJob(windowsTransport(helper), TICKET, TIMEOUTS);
    expect(next).toMatchObject({ outcome: 'printed', confirmed: true });
    expect(helper.started).toBe(2);
  });

  it('ignores garbage, stale answers and half lines, before and after it is ready', async () => {
    const helper = fakeHelper(['--noise']);
    const answer = await helper.request({ op: 'status', printer: 'Garbage' }, statusResult, 1_000);
    expect(answer).toMatchObject({ ok: true, result: { printer: { driver: 'EPSON TM-T82 Receipt5' } } });
    // None of it cost the helper its place: the next request goes to the same process.
    expect(await helper.request({ op: 'status', printer: 'POS-80' }, statusResult, 1_000)).toMatchObject({ ok: true });
    expect(helper.started).toBe(1);
  });

  it('fails an answer of the wrong shape clearly, and keeps the helper', async () => {
    const helper = fakeHelper();
    await expect(helper.request({ op: 'status', printer: 'Nonsense' }, statusResult, 1_000)).rejects.toMatchObject({
      name: 'TransportError',
      message: expect.stringMatching(/^the Windows print helper's answer to "status" could not be read: /),
    });
    expect(await helper.request({ op: 'status', printer: 'POS-80' }, statusResult, 1_000)).toMatchObject({ ok: true });
    expect(helper.started).toBe(1);
  });

  it('answers concurrent requests one at a time, each with its own answer', async () => {
    const log = path.join(await tempDir(), 'helper.log');
    const helper = fakeHelper(['--log', log]);
    const delays = [80, 10, 50, 0, 30, 5];
    const answers = await Promise.all(
      delays.map((ms) => helper.request({ op: 'status', printer: `Slow:${ms}` }, statusResult, 2_000)),
    );
    expect(answers.every((answer) => answer.ok)).toBe(true);
    const requests = (await logLines(log)).filter((line) => line.startsWith('request'));
    expect(requests.map((line) => line.split(' ')[3])).toEqual(delays.map((ms) => `Slow:${ms}`));
    expect(requests.every((line) => line.endsWith('in-flight 1'))).toBe(true);
  });

  it('restarts a helper that cannot start at once, then only after the back-off, failing fast meanwhile', async () => {
    let now = 1_000_000;
    const helper = fakeHelper(['--crash-on-start'], { now: () => now });
    const ask = () => helper.request({ op: 'status', printer: 'POS-80' }, statusResult, 1_000);
    const startFailure = {
      name: 'TransportError',
      failure: 'unavailable',
      message: 'the Windows print helper stopped (exit code 1): Add-Type : the C# did not compile',
    };
    await expect(ask()).rejects.toMatchObject(startFailure);
    await expect(ask()).rejects.toMatchObject(startFailure);
    expect(helper.started).toBe(2);
    await expect(ask()).rejects.toMatchObject({
      failure: 'unavailable',
      message: 'the Windows print helper stopped (exit code 1): Add-Type : the C# did not compile; it is started again in 60 s',
    });
    expect(helper.started).toBe(2);
    now += 60_000;
    await expect(ask()).rejects.toMatchObject(startFailure);
    expect(helper.started).toBe(3);
  });

  it('says so when PowerShell itself cannot be run', async () => {
    const helper = new WindowsHelper({ start: () => spawn('/nonexistent/powershell.exe', [], { stdio: 'pipe' }) });
    helpers.push(helper);
    await expect(helper.request({ op: 'status', printer: 'POS-80' }, statusResult, 1_000)).rejects.toMatchObject({
      failure: 'unavailable',
      message: 'the Windows print helper could not be run: spawn /nonexistent/powershell.exe ENOENT',
    });
  });

  it('stops a helper that never says it is ready', async () => {
    const helper = fakeHelper(['--not-ready'], { readyTimeoutMs: 300 });
    await expect(helper.request({ op: 'status', printer: 'POS-80' }, statusResult, 1_000)).rejects.toMatchObject({
      failure: 'timeout',
      message: 'the Windows print helper was not ready within 300 ms',
    });
    expect(children[0]?.exitCode ?? children[0]?.signalCode).not.toBeNull();
  });
});

describe('the printer service on Windows', () => {
  it('reads the status through the helper, prints, and ends the helper when closed', async () => {
    const log = path.join(await tempDir(), 'helper.log');
    const helper = fakeHelper(['--log', log]);
    const config = printerConfigSchema.parse({ transport: { type: 'windows', printerName: 'POS-80' }, statusPollIntervalMs: 0 });
    const printer = createPrinter(config, { transport: windowsTransport(helper) });
    expect(await printer.checkStatus()).toEqual({ state: 'ok', detail: 'Windows printer "POS-80" on ESDPRT001: printer ready' });
    const outcome = await printer.print({
      officeName: 'Kantor Kecamatan Sukamaju',
      serviceName: 'KTP',
      ticketLabel: 'A-012',
      issuedAtMs: Date.UTC(2025, 4, 5, 1, 41),
      timeZone: 'Asia/Makassar',
      peopleAhead: 2,
      estimatedWaitMinutes: 8,
      qrPayload: 'LOKET:t1',
      language: 'id',
    });
    expect(outcome).toMatchObject({ outcome: 'printed', confirmed: true });
    await printer.close();
    expect(children[0]?.exitCode ?? children[0]?.signalCode).not.toBeNull();
    expect((await logLines(log)).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      expect.stringMatching(/^start \d+$/),
      'request 1 status',
      'request 2 status',
      'request 3 print',
    ]);
  });
});
