import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { METHOD_NAMES } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import type { LoketEvent } from '../../shared/api/events';
import { SCREENS } from '../../shared/screens';
import type { Dispatcher } from '../api/dispatcher';
import type { SecurityLog } from '../auth/securityLog';
import type { Store } from '../store/store';
import { bodyLimitFor, PUBLIC_BODY_LIMIT } from './bodyLimits';
import { callerFromRequest, type CallerOptions } from './callerFromRequest';
import { capsFor, ConnectionCounter, DEFAULT_CONNECTION_LIMITS, type ConnectionLimits } from './connectionLimits';
import { EVENT_STREAM_MAX_MESSAGE_BYTES, serveEventStream } from './eventStream';
import { createHostPolicy } from './hostPolicy';
import { peerAddress } from './peerAddress';
import { registerPhoneRoutes, type PhoneRoutesOptions } from './phoneRoutes';
import { checkRequestOrigin, isJsonContentType } from './requestGate';

/** Timings and caps that tests shorten; production uses the defaults. */
export interface LanTuning {
  /** How often an open event stream's credential is checked again (default 10 s). */
  recheckCredentialsMs?: number;
  /** How long a new event stream may stay without its auth message (default 5 s). */
  eventStreamAuthTimeoutMs?: number;
  connectionLimits?: ConnectionLimits;
}

export interface LanServerOptions extends CallerOptions, LanTuning {
  host: string;
  port: number;
  dispatcher: Dispatcher;
  store: Store;
  subscribe: (listener: (event: LoketEvent) => void) => () => void;
  /** Where refusals go (the supervisor's Sistem tab). */
  security: SecurityLog;
  /** More names of this PC, from the office configuration (lan.hostNames); read per request. */
  hostNames: () => readonly string[];
  /** The built renderer (out/renderer); the API alone is served when it is missing. */
  rendererDir?: string;
  /** Voice packs (resources/voice), served at /voice/ for the TV display. */
  voiceDir?: string;
  /** The agencies' logos (the "logos" folder beside the configuration), served at /logos/ for the kiosk. */
  logosDir?: string;
  /** The visitors' phone pages (/t/<code>) and their live channel. */
  phone?: PhoneRoutesOptions;
  /** The services a display assigned to a zone hears of (its event stream is filtered to them). */
  zoneServices: (zone: string | undefined) => ReadonlySet<string> | null;
}

export interface LanServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

// 'wasm-unsafe-eval': the kiosk's QR decoder is WebAssembly the app serves itself (compiling it, never JavaScript eval).
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:; media-src 'self' blob:; frame-ancestors 'none'";

const EVENTS_PATH = '/api/v1/events';

function sendError(reply: FastifyReply, error: LoketError): FastifyReply {
  return reply.code(error.status).send({ ok: false, error: error.toBody() });
}

/**
 * The LAN adapter of the API contract: POST /api/v1/<method> with a JSON body, events over the
 * WebSocket /api/v1/events, and the React screens for counter PCs, the TV and the supervisor.
 * Only the office's own pages get in (requestGate.ts), with bounded bodies, messages and connections.
 */
export async function startLanServer(options: LanServerOptions): Promise<LanServer> {
  const limits = options.connectionLimits ?? DEFAULT_CONNECTION_LIMITS;
  // The security log folds a flood from one source into one entry, so refusals can go straight to it.
  const refusals = options.security;
  // The smallest limit for anything without its own (no route but the API reads a body).
  const app = Fastify({ bodyLimit: PUBLIC_BODY_LIMIT, logger: false });
  let port = options.port;
  const hosts = createHostPolicy({ listenHost: options.host, port: () => port, configuredNames: options.hostNames });

  const sockets = new ConnectionCounter((peer) => capsFor(limits, peer).sockets);
  const eventStreams = new ConnectionCounter((peer) => capsFor(limits, peer).eventStreams);
  app.server.on('connection', (socket) => {
    const peer = peerAddress(socket);
    if (sockets.admit(socket, peer)) return;
    socket.destroy();
    refusals.record('connection_refused', peer, `more than ${capsFor(limits, peer).sockets} open connections from one address`);
  });

  app.setErrorHandler((err: { statusCode?: number; message: string }, req, reply) => {
    if (err.statusCode === 413) {
      const limit = req.routeOptions.bodyLimit ?? PUBLIC_BODY_LIMIT;
      refusals.record('limit_reached', peerAddress(req.socket), `${req.url.slice(0, 100)}: body over ${limit} bytes`);
      const error = new LoketError('payload_too_large', `The request body is larger than the ${limit / 1024} KiB this method accepts.`);
      return sendError(reply, error);
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.code(err.statusCode).send({ ok: false, error: new LoketError('bad_request', `The request could not be read: ${err.message}`).toBody() });
    }
    console.error('[lan] unexpected failure', err);
    return sendError(reply, new LoketError('internal', 'Unexpected error; nothing was changed.'));
  });

  await app.register(fastifyWebsocket, {
    options: { maxPayload: EVENT_STREAM_MAX_MESSAGE_BYTES },
    // ws closes the socket itself with the right code (1009 for an oversized message); terminating here
    // would cut that close frame off. Anything else is a bug of serveEventStream.
    errorHandler: (error, socket) => {
      if (String((error as { code?: unknown }).code).startsWith('WS_ERR_')) return;
      console.error('[lan] event stream failure', error);
      socket.close(1011);
    },
  });

  // Before any route (and after the plugin marks upgrades, whose socket it then closes after a refusal):
  // every request and WebSocket upgrade, static files too, must come from the office's own pages.
  app.addHook('onRequest', async (req, reply) => {
    const refusal = checkRequestOrigin(req.method, req.headers, hosts);
    if (!refusal) return;
    refusals.record('origin_refused', peerAddress(req.socket), `${req.method} ${req.url.slice(0, 100)}: ${refusal.detail}`);
    return sendError(reply, new LoketError('forbidden', refusal.message));
  });

  app.get(
    EVENTS_PATH,
    {
      websocket: true,
      onRequest: async (req, reply) => {
        const peer = peerAddress(req.socket);
        if (!req.ws || eventStreams.admit(req.socket, peer)) return;
        reply.hijack();
        req.socket.destroy();
        refusals.record('connection_refused', peer, `more than ${capsFor(limits, peer).eventStreams} open event streams from one address`);
      },
    },
    (socket, req) =>
      serveEventStream(socket, peerAddress(req.socket), {
        store: options.store,
        subscribe: options.subscribe,
        loopbackIsKiosk: options.loopbackIsKiosk,
        refusals,
        authTimeoutMs: options.eventStreamAuthTimeoutMs ?? 5_000,
        recheckCredentialsMs: options.recheckCredentialsMs ?? 10_000,
        zoneServices: options.zoneServices,
      }),
  );

  for (const method of METHOD_NAMES) {
    app.post(
      `/api/v1/${method}`,
      {
        bodyLimit: bodyLimitFor(method),
        // Before the body is read: a cross-site form or "simple" fetch can only send other types.
        onRequest: async (req, reply) => {
          const type = req.headers['content-type'];
          if (isJsonContentType(type)) return;
          refusals.record('origin_refused', peerAddress(req.socket), `POST ${method} with Content-Type ${JSON.stringify((type ?? '').slice(0, 100))}`);
          return sendError(reply, new LoketError('unsupported_media_type', 'The API accepts only JSON bodies: send Content-Type: application/json.'));
        },
      },
      async (req, reply) => {
        const peer = peerAddress(req.socket);
        const caller = callerFromRequest(options.store, { authorization: req.headers.authorization, peer }, options);
        const out = await options.dispatcher.dispatch(method, req.body ?? {}, caller);
        if (out.ok) return reply.code(200).send({ ok: true, result: out.result });
        return reply.code(out.status).send({ ok: false, error: out.error });
      },
    );
  }

  app.all('/api/*', async (req, reply) =>
    sendError(reply, new LoketError('unknown_method', `${req.method} ${req.url} is not part of the API; use POST /api/v1/<method>.`)),
  );

  if (options.phone) registerPhoneRoutes(app, options.phone);

  if (options.voiceDir && existsSync(options.voiceDir)) {
    await app.register(fastifyStatic, { root: options.voiceDir, prefix: '/voice/', decorateReply: false });
  }

  if (options.logosDir && existsSync(options.logosDir)) {
    await app.register(fastifyStatic, {
      root: options.logosDir,
      prefix: '/logos/',
      decorateReply: false,
      // An SVG opened on its own is a document of this origin: no scripts, no loads.
      setHeaders: (res) => res.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'"),
    });
  }

  const rendererDir = options.rendererDir;
  if (rendererDir && existsSync(join(rendererDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: rendererDir });
    app.addHook('onSend', async (_req, reply, payload) => {
      // A page with its own, stricter policy (the phone page) keeps it.
      if (String(reply.getHeader('content-type') ?? '').startsWith('text/html') && !reply.hasHeader('content-security-policy')) {
        reply.header('content-security-policy', CSP);
      }
      reply.header('x-content-type-options', 'nosniff');
      return payload;
    });
    for (const screen of SCREENS) {
      app.get(`/${screen}`, (_req, reply) => reply.sendFile('index.html'));
    }
    // An unknown page gets the app with a 404 status: it shows a "not found" page in the office's look.
    // Its assets are linked relative to the page (for Electron's file://), so a nested path gets a base.
    // API paths never reach this (the /api/* route answers them in JSON).
    const notFoundPage = readFileSync(join(rendererDir, 'index.html'), 'utf8').replace('<head>', '<head>\n    <base href="/" />');
    app.setNotFoundHandler((req, reply) =>
      req.method === 'GET' || req.method === 'HEAD'
        ? reply.code(404).type('text/html; charset=utf-8').send(notFoundPage)
        : sendError(reply, new LoketError('not_found', `${req.method} ${req.url.slice(0, 100)} is not a page of this office.`)),
    );
  }

  await app.listen({ host: options.host, port: options.port });
  port = (app.server.address() as AddressInfo).port;
  return {
    url: `http://${urlHost(options.host)}:${port}`,
    app,
    close: () => app.close(),
  };
}

/** How this PC reaches the server: a server on every address is reached through loopback. */
function urlHost(listenHost: string): string {
  if (listenHost === '0.0.0.0' || listenHost === '') return '127.0.0.1';
  if (listenHost === '::') return '[::1]';
  return listenHost.includes(':') ? `[${listenHost}]` : listenHost;
}
