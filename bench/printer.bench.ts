import { decodeEscPos } from '../tools/escpos-decoder/decode-escpos';
import { estimatePaperLengthMm } from '../tools/escpos-decoder/paper-length';
import { createPrinter } from '../src/main/printer/printer-service';
import { encodeTicket } from '../src/main/printer/ticket-layout';
import type { TicketPrintData } from '../src/main/printer/ticket-data';
import type { PrinterTransport } from '../src/main/printer/transport/transport';
import { createTcpTransport } from '../src/main/printer/transport/tcp';
import { startVirtualPrinter } from '../tools/virtual-printer/virtual-printer';
import { printerConfigSchema } from '../src/shared/config/printer';
import { type BenchRow, type BenchSuite, percentile } from './table';

/** Enough tickets for an honest p99 (bench/table.ts: two samples beyond it). */
const TICKETS = 200;
const WARMUP = 5;
/** Print speed of the common 80 mm kiosk printers (Epson TM-T20III, Xprinter XP-N160II). */
const PRINT_SPEED_MM_S = 250;
const TARGET_SHARE_PERCENT = 5;

const ticket = (n: number): TicketPrintData => ({
  officeName: 'Kantor Kecamatan Sukamaju',
  serviceName: 'Perekaman KTP Elektronik',
  ticketLabel: `A-${String(n).padStart(3, '0')}`,
  priorityReasonLabel: n % 5 === 0 ? 'Lanjut usia' : undefined,
  issuedAtMs: Date.UTC(2025, 4, 5, 1, 41) + n * 60_000,
  timeZone: 'Asia/Makassar',
  peopleAhead: n % 9,
  estimatedWaitMinutes: (n % 9) * 4,
  qrPayload: `http://192.168.1.10:8080/t/2025-05-05/A-${String(n).padStart(3, '0')}?k=9f3a`,
  footerLines: ['Terima kasih atas kunjungan Anda'],
  language: 'id',
});

/** Wraps a transport so the moment the ticket's last byte is handed to the socket is recorded. */
function timingTransport(inner: PrinterTransport, onTicketSent: () => void): PrinterTransport {
  return {
    kind: inner.kind,
    replies: inner.replies,
    description: inner.description,
    open: async () => {
      const session = await inner.open();
      return {
        write: async (bytes) => {
          await session.write(bytes);
          onTicketSent();
        },
        request: (bytes, accept, timeoutMs) => session.request(bytes, accept, timeoutMs),
        close: () => session.close(),
      };
    },
  };
}

/** Print requested → last byte sent, against the virtual printer on loopback, next to the paper's own print time. */
export const suite: BenchSuite = async () => {
  const virtual = await startVirtualPrinter({ port: 0 });
  const config = printerConfigSchema.parse({
    transport: { type: 'tcp', host: '127.0.0.1', port: virtual.port },
    profile: 'epson-tm-t20',
    statusPollIntervalMs: 0,
  });
  let sentAt = 0;
  const transport = timingTransport(
    createTcpTransport({ host: '127.0.0.1', port: virtual.port, connectTimeoutMs: 2000, writeTimeoutMs: 5000 }),
    () => {
      sentAt = performance.now();
    },
  );
  const printer = createPrinter(config, { transport });
  const samples: number[] = [];
  try {
    for (let n = 1; n <= WARMUP + TICKETS; n++) {
      const requestedAt = performance.now();
      const outcome = await printer.print(ticket(n));
      if (outcome.outcome !== 'printed') throw new Error(`bench ticket ${n} not printed: ${outcome.reason ?? ''}`);
      if (n > WARMUP) samples.push(sentAt - requestedAt);
    }
  } finally {
    await printer.close();
    await virtual.close();
  }

  const profile = printer.profile;
  const lengthMm = estimatePaperLengthMm(decodeEscPos(encodeTicket(ticket(1), profile), { columns: profile.columns }));
  const physicalMs = (lengthMm / PRINT_SPEED_MM_S) * 1000;
  const p50 = percentile(samples, 50);
  const p99 = percentile(samples, 99);
  const share = (ms: number) => (ms / physicalMs) * 100;
  const suiteName = 'printer';
  const rows: BenchRow[] = [
    { suite: suiteName, metric: `print requested → last byte sent, p50 (${TICKETS} tickets)`, value: p50, unit: 'ms' },
    { suite: suiteName, metric: `print requested → last byte sent, p99 (${TICKETS} tickets)`, value: p99, unit: 'ms' },
    { suite: suiteName, metric: 'ticket paper length (80 mm, estimated)', value: lengthMm, unit: 'mm' },
    { suite: suiteName, metric: `physical print time at ${PRINT_SPEED_MM_S} mm/s`, value: physicalMs, unit: 'ms' },
    {
      suite: suiteName,
      metric: 'software share of ticket time, p50',
      value: share(p50),
      unit: '%',
      target: `< ${TARGET_SHARE_PERCENT} %`,
      ok: share(p50) < TARGET_SHARE_PERCENT,
    },
    {
      suite: suiteName,
      metric: 'software share of ticket time, p99',
      value: share(p99),
      unit: '%',
      target: `< ${TARGET_SHARE_PERCENT} %`,
      ok: share(p99) < TARGET_SHARE_PERCENT,
    },
  ];
  return rows;
};
