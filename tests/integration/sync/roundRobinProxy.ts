import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** Hop-by-hop headers belong to one connection, not to the request or answer passed on. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']);

const passedOn = (headers: IncomingMessage['headers']) => Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));

/**
 * A load balancer for tests: each request goes to the next city server instance in turn. Turns are taken
 * per path, so a request and its copy go to different instances however other requests come between.
 */
export class RoundRobinProxy {
  private server: Server | null = null;
  private readonly turns = new Map<string, number>();
  /** Per instance (in the order given), the requests it got by path. */
  readonly forwarded: Map<string, number>[];
  url = '';

  constructor(private readonly targets: readonly string[]) {
    this.forwarded = targets.map(() => new Map());
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
  }

  /** How many requests for `path` instance `i` got. */
  count(i: number, path: string): number {
    return this.forwarded[i]?.get(path) ?? 0;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const turn = this.turns.get(path) ?? 0;
    this.turns.set(path, turn + 1);
    const i = turn % this.targets.length;
    const target = new URL(req.url ?? '/', this.targets[i]);
    const seen = this.forwarded[i];
    seen?.set(target.pathname, (seen.get(target.pathname) ?? 0) + 1);
    const out = request(target, { method: req.method, headers: { ...passedOn(req.headers), host: target.host } }, (reply) => {
      res.writeHead(reply.statusCode ?? 502, passedOn(reply.headers));
      reply.pipe(res);
    });
    // An instance that is gone looks to the client like a cut connection, as behind a real balancer.
    out.on('error', () => res.socket?.destroy());
    req.pipe(out);
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }
}
