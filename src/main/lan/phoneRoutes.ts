import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import { LoketError } from '../../shared/api/errors';
import type { PhoneTicketView } from '../../shared/api/methods/phone';
import { peerAddress } from './peerAddress';

/** What the LAN server needs of the phone pages (src/main/phone). */
export interface PhoneRoutesOptions {
  /** The ticket id a code opens for a source, or a LoketError (unknown code, closed day, too many guesses). */
  open(code: string, source: string): string;
  /** Sends the ticket's view now and at each change; null once its day has closed. Returns the unsubscribe. */
  watch(ticketId: string, send: (view: PhoneTicketView | null) => void): () => void;
  /** The page itself: the same small document for every code (the code is read from its address). */
  pageHtml(): string;
  /** This office's answer to PHONE_CHECK_PATH, so a check of lan.publicUrl knows it reached this very office. */
  instanceId: string;
}

export const PHONE_CHECK_PATH = '/phone-check';
/** A comment line now and then keeps Wi-Fi routers and phones from dropping a quiet stream. */
const HEARTBEAT_MS = 20_000;
/** How soon a page reconnects after the stream broke (the browser's EventSource reads it). */
const RETRY_MS = 3_000;

const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; media-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The phone page (/t/<code>) and its live channel (/t/<code>/events, server-sent events: one plain HTTP
 * response that old Android browsers read and reconnect by themselves). The page reads the ticket through
 * POST /api/v1/phone.ticket like any API call, behind the same Host and Origin gate.
 */
export function registerPhoneRoutes(app: FastifyInstance, phone: PhoneRoutesOptions): void {
  const streams = new Set<ServerResponse>();
  // Open streams would hold app.close() forever: end them first.
  app.addHook('preClose', async () => {
    for (const res of streams) res.end();
  });

  app.get(PHONE_CHECK_PATH, async (_req, reply) => reply.header('cache-control', 'no-store').send({ loket: phone.instanceId }));

  app.get('/t/:code', async (_req, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', PAGE_CSP)
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .send(phone.pageHtml()),
  );

  app.get<{ Params: { code: string } }>('/t/:code/events', async (req, reply) => {
    let ticketId: string;
    try {
      ticketId = phone.open(req.params.code, peerAddress(req.socket));
    } catch (err) {
      if (!(err instanceof LoketError)) throw err;
      return reply.code(err.status).send({ ok: false, error: err.toBody() });
    }
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    });
    res.write(`retry: ${RETRY_MS}\n\n`);
    streams.add(res);
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    let unwatch = (): void => undefined;
    const stop = (): void => {
      clearInterval(heartbeat);
      unwatch();
      streams.delete(res);
    };
    res.on('close', stop);
    unwatch = phone.watch(ticketId, (view) => {
      if (view === null) {
        // The day closed: the page says so and stops reconnecting.
        res.end('event: closed\ndata: {}\n\n');
        return;
      }
      res.write(`event: ticket\ndata: ${JSON.stringify(view)}\n\n`);
    });
    if (res.writableEnded) stop();
  });
}
