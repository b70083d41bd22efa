import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { seededRandom as seeded } from '../../../src/shared/seededRandom';

export interface FaultRates {
  /** Request never reaches the server; the kiosk's connection is cut. */
  drop: number;
  /** The server gets and applies the request, but the reply is lost. */
  dropReply: number;
  /** The server gets the request twice (the second copy later). */
  duplicate: number;
  /** The request waits up to maxDelayMs before going on, so later ones overtake it. */
  delay: number;
  /** The proxy answers 503 with Retry-After itself. */
  unavailable: number;
  maxDelayMs: number;
}

export const NO_FAULTS: FaultRates = { drop: 0, dropReply: 0, duplicate: 0, delay: 0, unavailable: 0, maxDelayMs: 0 };

/** Network latency put in on purpose: the delay is the fault, not a wait for some state. */
function injectedDelay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** An HTTP proxy between a kiosk and the city server that drops, duplicates, delays and reorders requests. */
export class FaultProxy {
  private server: Server | null = null;
  rates: FaultRates = NO_FAULTS;
  /** Cuts every connection at once (the network is gone). */
  offline = false;
  /** Paths whose replies are always lost (the server applied the request; the kiosk never hears). */
  readonly loseRepliesTo = new Set<string>();
  /** Requests after this many (counted from the start) are cut: the network goes away in the middle of a push. */
  cutAfter: number | null = null;
  readonly seen = { requests: 0, dropped: 0, droppedReplies: 0, duplicated: 0, delayed: 0, unavailable: 0 };
  private readonly random: () => number;
  private readonly pending = new Set<Promise<unknown>>();
  url = '';

  constructor(
    private readonly target: string,
    seed = 7,
  ) {
    this.random = seeded(seed);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    this.seen.requests++;
    const r = this.rates;
    if (this.offline || (this.cutAfter !== null && this.seen.requests > this.cutAfter) || this.random() < r.drop) {
      this.seen.dropped++;
      res.socket?.destroy();
      return;
    }
    if (this.random() < r.unavailable) {
      this.seen.unavailable++;
      res.writeHead(503, { 'retry-after': '0', 'content-type': 'text/plain' }).end('busy');
      return;
    }
    if (this.random() < r.delay) {
      this.seen.delayed++;
      await injectedDelay(this.random() * r.maxDelayMs);
    }
    if (this.random() < r.duplicate) {
      this.seen.duplicated++;
      const later = injectedDelay(this.random() * r.maxDelayMs).then(() => this.forward(req, body).catch(() => undefined));
      this.track(later);
    }
    const dropReply = this.random() < r.dropReply || this.loseRepliesTo.has(new URL(req.url ?? '/', this.target).pathname);
    try {
      const reply = await this.forward(req, body);
      if (dropReply) {
        this.seen.droppedReplies++;
        res.socket?.destroy();
        return;
      }
      res.writeHead(reply.status, reply.headers).end(reply.body);
    } catch {
      res.socket?.destroy();
    }
  }

  private track(p: Promise<unknown>): void {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  private forward(req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    const target = new URL(req.url ?? '/', this.target);
    return new Promise((resolve, reject) => {
      const out = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (reply) => {
        const parts: Buffer[] = [];
        reply.on('data', (c: Buffer) => parts.push(c));
        reply.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(reply.headers)) if (typeof v === 'string' && k !== 'content-length' && k !== 'connection') headers[k] = v;
          resolve({ status: reply.statusCode ?? 502, headers, body: Buffer.concat(parts) });
        });
      });
      out.on('error', reject);
      out.end(body);
    });
  }

  /** Waits for duplicated copies still on their way to the server. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  async close(): Promise<void> {
    await this.settle();
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }
}
