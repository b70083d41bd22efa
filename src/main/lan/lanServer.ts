import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LoketError } from '../../shared/api/errors';
import type { LoketEvent } from '../../shared/api/events';
import { SCREENS } from '../../shared/screens';
import type { Dispatcher } from '../api/dispatcher';
import type { Store } from '../store/store';
import { callerFromToken } from '../auth/credentials';
import { callerFromRequest, type CallerOptions } from './callerFromRequest';

export interface LanServerOptions extends CallerOptions {
  host: string;
  port: number;
  dispatcher: Dispatcher;
  store: Store;
  subscribe: (listener: (event: LoketEvent) => void) => () => void;
  /** The built renderer (out/renderer); the API alone is served when it is missing. */
  rendererDir?: string;
  /** Voice packs (resources/voice), served at /voice/ for the TV display. */
  voiceDir?: string;
  /** How often an open event stream's credential is checked again (default 10 s). */
  recheckCredentialsMs?: number;
}

export interface LanServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:; media-src 'self'; frame-ancestors 'none'";

/**
 * The LAN adapter of the API contract: POST /api/v1/<method> with a JSON body, events over the
 * WebSocket /api/v1/events, and the React screens for counter PCs, the TV and the supervisor.
 */
export async function startLanServer(options: LanServerOptions): Promise<LanServer> {
  const app = Fastify({ bodyLimit: 64 * 1024, logger: false });

  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    const e =
      status === 500
        ? new LoketError('internal', 'Unexpected error; nothing was changed.')
        : new LoketError('bad_request', `The request could not be read: ${err.message}`);
    if (status === 500) console.error('[lan] unexpected failure', err);
    void reply.code(status === 500 ? 500 : status).send({ ok: false, error: e.toBody() });
  });

  await app.register(fastifyWebsocket);

  app.get<{ Querystring: { token?: string } }>('/api/v1/events', { websocket: true }, (socket, req) => {
    const caller = callerFromRequest(
      options.store,
      { queryToken: req.query.token, remoteAddress: req.socket.remoteAddress },
      options,
    );
    if (caller.role === null) {
      // 4401: the application-level "unauthorized" close code; the client asks for a new credential.
      socket.close(4401, 'a credential is needed for events');
      return;
    }
    const unsubscribe = options.subscribe((event) => socket.send(JSON.stringify(event)));
    const token = req.query.token;
    // A revoked device or an ended session must stop hearing the queue, not only stop acting on it.
    const recheck = token
      ? setInterval(() => {
          if (callerFromToken(options.store, token, Date.now(), 'lan').role === null) socket.close(4401, 'the credential is no longer valid');
        }, options.recheckCredentialsMs ?? 10_000)
      : null;
    const stop = (): void => {
      unsubscribe();
      if (recheck) clearInterval(recheck);
    };
    socket.on('close', stop);
    socket.on('error', stop);
  });

  app.post<{ Params: { method: string } }>('/api/v1/:method', async (req, reply) => {
    const caller = callerFromRequest(
      options.store,
      { authorization: req.headers.authorization, remoteAddress: req.socket.remoteAddress },
      options,
    );
    const out = await options.dispatcher.dispatch(req.params.method, req.body ?? {}, caller);
    if (out.ok) return reply.code(200).send({ ok: true, result: out.result });
    return reply.code(out.status).send({ ok: false, error: out.error });
  });

  app.all('/api/*', async (req, reply) =>
    reply.code(404).send({
      ok: false,
      error: new LoketError('unknown_method', `${req.method} ${req.url} is not part of the API; use POST /api/v1/<method>.`).toBody(),
    }),
  );

  if (options.voiceDir && existsSync(options.voiceDir)) {
    await app.register(fastifyStatic, { root: options.voiceDir, prefix: '/voice/', decorateReply: false });
  }

  const rendererDir = options.rendererDir;
  if (rendererDir && existsSync(join(rendererDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: rendererDir });
    app.addHook('onSend', async (_req, reply, payload) => {
      if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
        reply.header('content-security-policy', CSP);
      }
      reply.header('x-content-type-options', 'nosniff');
      return payload;
    });
    for (const screen of SCREENS) {
      app.get(`/${screen}`, (_req, reply) => reply.sendFile('index.html'));
    }
  }

  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const hostForUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${hostForUrl}:${port}`,
    app,
    close: () => app.close(),
  };
}
