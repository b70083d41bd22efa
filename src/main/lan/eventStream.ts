import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { LoketEvent } from '../../shared/api/events';
import { EVENT_STREAM_CLOSE, EVENT_STREAM_READY, type EventStreamAuth } from '../../shared/api/eventStreamProtocol';
import { callerFromToken } from '../auth/credentials';
import type { Store } from '../store/store';
import { callerFromRequest, type CallerOptions } from './callerFromRequest';
import type { SecurityLog } from '../auth/securityLog';
import { eventForZone } from './zoneEvents';

/** The largest message the office reads from a client; an auth message is far below it. */
export const EVENT_STREAM_MAX_MESSAGE_BYTES = 64 * 1024;

const authMessage = z
  .object({ type: z.literal('auth'), token: z.string().min(1).max(512).optional() })
  .strict() satisfies z.ZodType<EventStreamAuth>;

export interface EventStreamOptions extends CallerOptions {
  store: Store;
  subscribe: (listener: (event: LoketEvent) => void) => () => void;
  refusals: Pick<SecurityLog, 'record'>;
  /** How long a new socket may stay without its auth message. */
  authTimeoutMs: number;
  /** How often an open stream's credential is checked again. */
  recheckCredentialsMs: number;
  /** The services a display of this zone may hear of; null: the whole building (zoneServiceCodes). */
  zoneServices: (zone: string | undefined) => ReadonlySet<string> | null;
}

/**
 * One event stream: nothing is sent until the client's first message proves its credential, a socket
 * that sends none within the handshake time is closed, and a revoked credential stops hearing the queue.
 */
export function serveEventStream(socket: WebSocket, peer: string, options: EventStreamOptions): void {
  const refuse = (code: number, reason: string, detail?: string): void => {
    if (detail) options.refusals.record('connection_refused', peer, detail);
    socket.close(code, reason);
  };
  const handshake = setTimeout(
    () => refuse(EVENT_STREAM_CLOSE.handshakeTimeout, 'no auth message in time', `event stream sent no auth message within ${options.authTimeoutMs} ms`),
    options.authTimeoutMs,
  );
  // What a close must undo: the handshake timer, then (once authenticated) the subscription.
  let stop = (): void => clearTimeout(handshake);
  socket.on('close', () => stop());

  socket.once('message', (data, isBinary) => {
    clearTimeout(handshake);
    const auth = isBinary ? null : parseAuth(String(data));
    if (!auth) {
      refuse(EVENT_STREAM_CLOSE.badHandshake, 'the first message must be {"type":"auth"}', 'event stream: the first message was not an auth message');
      return;
    }
    const caller = callerFromRequest(options.store, { token: auth.token, peer }, options);
    if (caller.role === null) {
      // No log entry: an unpaired screen or a revoked device asks again now and then, by design.
      refuse(EVENT_STREAM_CLOSE.unauthorized, 'a valid credential is needed for events');
      return;
    }

    // A zone display never receives another zone's calls; the zone is read per event, as settings may change it.
    let zone = caller.zone;
    const unsubscribe = options.subscribe((event) => {
      const sent = eventForZone(event, options.zoneServices(zone));
      if (sent) socket.send(JSON.stringify(sent));
    });
    const token = auth.token;
    // A revoked device or an ended session must stop hearing the queue, not only stop acting on it;
    // a display moved to another zone hears the new one's calls from the next check.
    const recheck = token
      ? setInterval(() => {
          const now = callerFromToken(options.store, token, Date.now(), 'lan');
          if (now.role === null) refuse(EVENT_STREAM_CLOSE.unauthorized, 'the credential is no longer valid');
          else zone = now.zone;
        }, options.recheckCredentialsMs)
      : null;
    stop = () => {
      unsubscribe();
      if (recheck) clearInterval(recheck);
    };
    socket.send(JSON.stringify(EVENT_STREAM_READY));
  });
}

function parseAuth(text: string): EventStreamAuth | null {
  try {
    const parsed = authMessage.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
