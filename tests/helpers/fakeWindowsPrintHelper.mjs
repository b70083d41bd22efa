// A stand-in for the Windows print helper (src/main/printer/transport/windows-helper-script.ts) that runs
// on Linux: the same JSON-lines protocol on stdin/stdout, with the spooler's answers chosen by printer name.
//
//   POS-80       a ready printer whose driver reports status (bidirectional, a language monitor)
//   Generic      a ready printer whose driver reports nothing ("Generic / Text Only")
//   PaperOut     the spooler reports PRINTER_STATUS_PAPER_OUT
//   JamOnPrint   ready, but the ticket's job stalls with JOB_STATUS_PAPEROUT and is cancelled
//   SlowJob      ready, but the ticket's job is still queued when the watch ends
//   Hang         never answers; HangOnPrint answers "status" but never "print"
//   Die          the helper exits mid-request, with a message on stderr
//   Garbage      garbage lines, a stale answer and a half-formed one before the real answer
//   Nonsense     an answer whose result has the wrong shape
//   Missing      the helper's own error (OpenPrinter failed)
//   Slow:<ms>    a ready printer that answers after <ms>
//
// Options: --jobs <dir> saves each print's bytes; --log <file> records starts and requests (with how many
// were being answered at once); --not-ready never says ready; --crash-on-start exits at once; --noise
// writes garbage before the ready line.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? null : args[at + 1];
};
const jobsDir = option('--jobs');
const logFile = option('--log');
const log = (line) => {
  if (logFile) appendFileSync(logFile, `${line}\n`);
};

const PRINTER_STATUS_PAPER_OUT = 0x10;
const JOB_STATUS_PRINTING = 0x10;
const JOB_STATUS_PAPEROUT = 0x40;
const ATTRIBUTE_LOCAL = 0x40;
const ATTRIBUTE_ENABLE_BIDI = 0x800;

const epson = { status: 0, attributes: ATTRIBUTE_LOCAL | ATTRIBUTE_ENABLE_BIDI, jobs: 0, port: 'ESDPRT001', driver: 'EPSON TM-T82 Receipt5', monitor: 'EPSON TM-T82 Receipt5 LM' };
const generic = { status: 0, attributes: ATTRIBUTE_LOCAL | ATTRIBUTE_ENABLE_BIDI, jobs: 0, port: 'USB001', driver: 'Generic / Text Only', monitor: '' };

const send = (message) => process.stdout.write(`${typeof message === 'string' ? message : JSON.stringify(message)}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

log(`start ${process.pid}`);
if (args.includes('--crash-on-start')) {
  process.stderr.write('Add-Type : the C# did not compile\n');
  process.exit(1);
}
if (args.includes('--noise')) send('Windows PowerShell\r\nCopyright (C) Microsoft Corporation.');
if (!args.includes('--not-ready')) send({ ready: true });

let jobs = 0;
let inFlight = 0;

async function answer(request) {
  const { id, op, printer } = request;
  const ok = (result) => send({ id, ok: true, result });
  const done = (printerReport) => ok({ job: { id: 40 + jobs, status: 0, text: '', outcome: 'done', cancelled: false }, printer: printerReport });

  if (op === 'print' && jobsDir) writeFileSync(join(jobsDir, `job-${String(++jobs).padStart(3, '0')}.bin`), Buffer.from(request.dataBase64, 'base64'));
  if (printer.startsWith('Slow:')) await sleep(Number(printer.slice(5)));

  switch (printer) {
    case 'Hang':
      return;
    case 'HangOnPrint':
      if (op === 'print') return;
      return ok({ printer: epson });
    case 'Die':
      process.stderr.write('Exception calling "Print": the spooler went away\n');
      process.exit(3);
      return;
    case 'Garbage':
      send('this is not JSON');
      send({ id: 999, ok: true, result: { printer: epson } });
      send({ id });
      send('{"id":');
      return ok({ printer: epson });
    case 'Nonsense':
      return ok({ printer: { status: 'idle' } });
    case 'Missing':
      return send({ id, ok: false, error: "OpenPrinter 'Missing' failed: The printer name is invalid. (1801)" });
    case 'PaperOut':
      return ok({ printer: { ...epson, status: PRINTER_STATUS_PAPER_OUT } });
    case 'JamOnPrint':
      if (op === 'status') return ok({ printer: epson });
      return ok({
        job: { id: 41, status: JOB_STATUS_PAPEROUT | JOB_STATUS_PRINTING, text: 'Paper out', outcome: 'stalled', cancelled: true },
        printer: { ...epson, status: PRINTER_STATUS_PAPER_OUT },
      });
    case 'SlowJob':
      if (op === 'status') return ok({ printer: epson });
      return ok({ job: { id: 42, status: JOB_STATUS_PRINTING, text: '', outcome: 'waiting', cancelled: true }, printer: epson });
    case 'Generic':
      return op === 'print' ? done(generic) : ok({ printer: generic });
    default:
      return op === 'print' ? done(epson) : ok({ printer: epson });
  }
}

// Requests are answered as they come, concurrently: any ordering the client needs is its own to keep.
createInterface({ input: process.stdin }).on('line', (line) => {
  const request = JSON.parse(line);
  inFlight++;
  log(`request ${request.id} ${request.op} ${request.printer} in-flight ${inFlight}`);
  void answer(request).finally(() => {
    inFlight--;
  });
});
