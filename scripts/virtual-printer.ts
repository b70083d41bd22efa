/**
 * A virtual ESC/POS network printer for development without hardware.
 *   tsx scripts/virtual-printer.ts [--port 9100] [--out ./data/virtual-printer] [--status ok] [--columns 48]
 * Type a status name (ok, near_end, paper_out, cover_open, error, silent) and Enter to switch it.
 */
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { startVirtualPrinter } from '../tools/virtual-printer/virtual-printer';
import { VIRTUAL_STATUSES, isVirtualStatus } from '../tools/virtual-printer/virtual-status';

function fail(message: string): never {
  console.error(`virtual-printer: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9100' },
    out: { type: 'string', default: './data/virtual-printer' },
    status: { type: 'string', default: 'ok' },
    columns: { type: 'string', default: '48' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0–65535, not "${values.port}"`);
const columns = Number(values.columns);
if (columns !== 32 && columns !== 48) fail(`--columns must be 32 (58 mm) or 48 (80 mm), not "${values.columns}"`);
if (!isVirtualStatus(values.status)) fail(`--status must be one of ${VIRTUAL_STATUSES.join(', ')}`);

const printer = await startVirtualPrinter({ port, columns, status: values.status, outDir: values.out }).catch(
  (error: unknown) => fail(`cannot listen on 127.0.0.1:${port}: ${error instanceof Error ? error.message : String(error)}`),
);
console.log(`virtual printer on 127.0.0.1:${printer.port}, status ${printer.status}, tickets saved in ${values.out}`);
console.log(`type a status and Enter to switch: ${VIRTUAL_STATUSES.join(', ')}`);

printer.onTicket((ticket) => {
  void printer.flush().then(() => console.log(`ticket ${ticket.sequence} printed: ${ticket.imagePath ?? ''}`));
});

const input = readline.createInterface({ input: process.stdin });
input.on('line', (line) => {
  const wanted = line.trim();
  if (wanted === '') return;
  if (!isVirtualStatus(wanted)) {
    console.log(`unknown status "${wanted}"; one of ${VIRTUAL_STATUSES.join(', ')}`);
    return;
  }
  printer.setStatus(wanted);
  console.log(`status: ${wanted}`);
});

const stop = () => {
  input.close();
  void printer.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
