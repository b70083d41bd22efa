/**
 * The Windows print helper's protocol: one JSON object a line each way, in UTF-8.
 *
 *   Node → helper  {"id":1,"op":"status","printer":"POS-80"}
 *                  {"id":2,"op":"print","printer":"POS-80","dataBase64":"G0A…","watchMs":8000}
 *   helper → Node  {"ready":true}                       once, when it can take requests
 *                  {"id":1,"ok":true,"result":{…}}      or {"id":1,"ok":false,"error":"OpenPrinter … failed: …"}
 *
 * The helper answers one request at a time, in order. A line that is not one of these is ignored.
 */
import { z } from 'zod';

export type HelperRequest =
  | { id: number; op: 'status'; printer: string }
  /** `watchMs`: how long the helper follows the job through the queue before it gives up and deletes it. */
  | { id: number; op: 'print'; printer: string; dataBase64: string; watchMs: number };

const uint32 = z.int().min(0).max(0xffff_ffff);

/** GetPrinter level 2 and the driver's GetPrinterDriver level 3. */
export const spoolerPrinterReport = z.object({
  /** PRINTER_INFO_2.Status: PRINTER_STATUS_* flags. */
  status: uint32,
  /** PRINTER_INFO_2.Attributes: PRINTER_ATTRIBUTE_* flags. */
  attributes: uint32,
  /** PRINTER_INFO_2.cJobs. */
  jobs: uint32,
  port: z.string(),
  driver: z.string(),
  /** DRIVER_INFO_3.pMonitorName: the driver's language monitor, "" when it has none. */
  monitor: z.string(),
});

/** GetJob level 1 for the ticket's job, at the end of the watch. */
export const spoolerJobReport = z.object({
  id: uint32,
  /** JOB_INFO_1.Status: JOB_STATUS_* flags (0 once the spooler has removed the finished job). */
  status: uint32,
  /** JOB_INFO_1.pStatus: the driver's own words for the job's state, often empty. */
  text: z.string(),
  /** done: printed or gone from the queue; stalled: a fault flag came up; waiting: still queued when the watch ended. */
  outcome: z.enum(['done', 'stalled', 'waiting']),
  /** Whether a stalled or waiting job was deleted, so that it cannot print later for someone else. */
  cancelled: z.boolean(),
});

export const statusResult = z.object({ printer: spoolerPrinterReport });
export const printResult = z.object({ job: spoolerJobReport, printer: spoolerPrinterReport });

export type SpoolerPrinterReport = z.infer<typeof spoolerPrinterReport>;
export type SpoolerJobReport = z.infer<typeof spoolerJobReport>;

const readyLine = z.object({ ready: z.literal(true) });
const replyLine = z.union([
  z.object({ id: z.int(), ok: z.literal(true), result: z.unknown() }),
  z.object({ id: z.int(), ok: z.literal(false), error: z.string() }),
]);

export type HelperMessage = { kind: 'ready' } | ({ kind: 'reply' } & z.infer<typeof replyLine>);

export function encodeRequest(request: HelperRequest): string {
  return `${JSON.stringify(request)}\n`;
}

/** One line from the helper, or null when it is not part of the protocol (a stray message, half a line, garbage). */
export function parseHelperLine(line: string): HelperMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (readyLine.safeParse(value).success) return { kind: 'ready' };
  const reply = replyLine.safeParse(value);
  return reply.success ? { kind: 'reply', ...reply.data } : null;
}

/**
 * Splits a text stream into lines (LF or CRLF). A line longer than `maxLength` is dropped whole, so a
 * helper that writes without end cannot fill the kiosk's memory.
 */
export class LineSplitter {
  #partial = '';
  #dropping = false;

  constructor(private readonly maxLength: number) {}

  push(chunk: string): string[] {
    const pieces = (this.#partial + chunk).split('\n');
    this.#partial = pieces.pop() ?? '';
    const lines: string[] = [];
    for (const piece of pieces) {
      if (!this.#dropping && piece.length <= this.maxLength) lines.push(piece.replace(/\r$/, ''));
      this.#dropping = false;
    }
    if (this.#partial.length > this.maxLength) {
      this.#partial = '';
      this.#dropping = true;
    }
    return lines;
  }
}
