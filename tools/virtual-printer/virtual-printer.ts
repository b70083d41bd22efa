import { mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { DecodedBlock, DecodedDocument } from '../escpos-decoder/document';
import { DocumentBuilder } from '../escpos-decoder/document-builder';
import { EscPosTokenizer, type Token } from '../escpos-decoder/tokenizer';
import { renderTicketPng } from './render-ticket';
import { type VirtualStatus, printsInStatus, processedReply, statusReply } from './virtual-status';

export interface VirtualPrinterOptions {
  /** 9100 by default; 0 for any free port. */
  port?: number;
  host?: string;
  status?: VirtualStatus;
  /** Paper width in columns used to decode and render: 48 (80 mm, default) or 32 (58 mm). */
  columns?: number;
  /** Folder for one PNG image and one .escpos file per printed ticket; nothing is saved without it. */
  outDir?: string;
}

/** One connection's worth of data that was more than status queries. */
export interface VirtualJob {
  bytes: Uint8Array;
  document: DecodedDocument;
  /** False when the connection ended before the ticket's cut. */
  complete: boolean;
}

export interface VirtualTicket {
  /** 1, 2, … in the order the tickets were cut. */
  sequence: number;
  document: DecodedDocument;
  /** Where its PNG was saved, when an output folder is set. */
  imagePath?: string;
}

export interface VirtualPrinter {
  readonly port: number;
  readonly status: VirtualStatus;
  setStatus(status: VirtualStatus): void;
  /** Close the next connection once it has received this many bytes (null: never), to simulate a dropped link. */
  dropConnectionAfterBytes(bytes: number | null): void;
  readonly jobs: readonly VirtualJob[];
  readonly tickets: readonly VirtualTicket[];
  /** Connections that have ended, each one's job (if it sent more than status queries) already in `jobs`. */
  readonly closedConnections: number;
  /** Called for each cut ticket before anything after it in the stream is answered. */
  onTicket(listener: (ticket: VirtualTicket) => void): void;
  /** Resolves when every image queued so far has been written. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** A ticket's biggest text, e.g. "A-017", for readable file names. */
function ticketName(document: DecodedDocument): string {
  let best = '';
  let bestHeight = 0;
  for (const block of document.blocks) {
    if (block.kind === 'text' && block.content !== '' && block.height > bestHeight) {
      best = block.content;
      bestHeight = block.height;
    }
  }
  return best.replace(/[^A-Za-z0-9-]+/g, '_').slice(0, 24);
}

/** A TCP ESC/POS printer on loopback that answers status queries, records jobs and saves tickets as PNG. */
export async function startVirtualPrinter(options: VirtualPrinterOptions = {}): Promise<VirtualPrinter> {
  const columns = options.columns ?? 48;
  const outDir = options.outDir;
  let status: VirtualStatus = options.status ?? 'ok';
  let dropAfter: number | null = null;
  const jobs: VirtualJob[] = [];
  const tickets: VirtualTicket[] = [];
  const listeners: ((ticket: VirtualTicket) => void)[] = [];
  const sockets = new Set<net.Socket>();
  let closedConnections = 0;
  let writes: Promise<unknown> = outDir ? mkdir(outDir, { recursive: true }) : Promise.resolve();

  const saveTicket = (ticket: VirtualTicket, bytes: Uint8Array) => {
    if (!outDir) return;
    const base = path.join(outDir, `${String(ticket.sequence).padStart(4, '0')}-${ticketName(ticket.document)}`);
    ticket.imagePath = `${base}.png`;
    writes = writes.then(() =>
      Promise.all([writeFile(`${base}.png`, renderTicketPng(ticket.document)), writeFile(`${base}.escpos`, bytes)]),
    );
  };

  const handleConnection = (socket: net.Socket) => {
    sockets.add(socket);
    // Replies are single bytes; without this Nagle holds each one back until the previous is acknowledged.
    socket.setNoDelay(true);
    const tokenizer = new EscPosTokenizer();
    const builder = new DocumentBuilder(columns);
    const received: Uint8Array[] = [];
    const ticketChunks: Uint8Array[] = [];
    let receivedBytes = 0;
    let ticketStart = 0;
    let blockCount = 0;
    let hasContent = false;
    let dropped = false;
    const limit = dropAfter;
    dropAfter = null;

    const answer = (byte: number | null) => {
      if (byte !== null && !socket.destroyed) socket.write(Uint8Array.of(byte));
    };

    const onToken = (token: Token, blocks: DecodedBlock[]) => {
      if (token.type === 'command' && token.name === 'DLE EOT') answer(statusReply(status, token.params[0] ?? 0));
      else if (token.type === 'command' && token.name === 'GS r') answer(processedReply(status));
      for (const block of blocks) {
        blockCount++;
        if (block.kind !== 'status-query') hasContent = true;
        if (block.kind !== 'cut') continue;
        const all = builder.document();
        const document = { ...all, blocks: all.blocks.slice(ticketStart, blockCount) };
        ticketStart = blockCount;
        const bytes = Buffer.concat(ticketChunks.splice(0));
        if (!printsInStatus(status)) continue;
        const ticket: VirtualTicket = { sequence: tickets.length + 1, document };
        tickets.push(ticket);
        saveTicket(ticket, bytes);
        for (const listener of listeners) listener(ticket);
      }
    };

    socket.on('data', (chunk: Buffer) => {
      const accepted = limit === null ? chunk : chunk.subarray(0, Math.max(0, limit - receivedBytes));
      receivedBytes += accepted.length;
      received.push(accepted);
      ticketChunks.push(accepted);
      for (const token of tokenizer.push(accepted)) onToken(token, builder.add([token]));
      if (limit !== null && receivedBytes >= limit) {
        dropped = true;
        socket.destroy();
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      closedConnections++;
      builder.add(tokenizer.finish());
      if (!hasContent) return;
      const document = builder.document();
      const complete = !dropped && document.blocks.some((b) => b.kind === 'cut');
      jobs.push({ bytes: Buffer.concat(received), document, complete });
    });
  };

  const server = net.createServer(handleConnection);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 9100, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    get status() {
      return status;
    },
    setStatus(next) {
      status = next;
    },
    dropConnectionAfterBytes(bytes) {
      dropAfter = bytes;
    },
    jobs,
    tickets,
    get closedConnections() {
      return closedConnections;
    },
    onTicket(listener) {
      listeners.push(listener);
    },
    async flush() {
      await writes;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await writes;
    },
  };
}
