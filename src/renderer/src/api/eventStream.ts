import type { LoketEvent } from '../../../shared/api/events';
import { EVENT_STREAM_CLOSE, EVENT_STREAM_READY, type EventStreamAuth } from '../../../shared/api/eventStreamProtocol';
import { readToken } from './token';
import { electronBridge } from './ipcTransport';
import { isLoketEvent } from './isLoketEvent';

/**
 * One shared event stream per page, opened while anyone listens: the Electron bridge, or a WebSocket to
 * /api/v1/events that reconnects by itself. Screens refresh their data when the state returns to "open"
 * (the office accepted the credential and streams from then on), since events sent while disconnected are lost.
 */
/** 'unauthorized': the office refused this screen's credential (revoked, expired); it keeps retrying slowly. */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'unauthorized';

type EventListener = (event: LoketEvent) => void;
type StateListener = (state: ConnectionState) => void;

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 10_000;
/** Enough doubling steps to reach RETRY_MAX_MS at once: a refused credential is retried only slowly. */
const RETRY_GIVE_UP_STEPS = Math.ceil(Math.log2(RETRY_MAX_MS / RETRY_MIN_MS));

const eventListeners = new Set<EventListener>();
const stateListeners = new Set<StateListener>();
let state: ConnectionState = 'connecting';
let stop: (() => void) | null = null;

export function subscribe(listener: EventListener): () => void {
  eventListeners.add(listener);
  ensureStarted();
  return () => {
    eventListeners.delete(listener);
    stopIfUnused();
  };
}

export function connectionState(): ConnectionState {
  return state;
}

export function onConnectionState(listener: StateListener): () => void {
  stateListeners.add(listener);
  ensureStarted();
  return () => {
    stateListeners.delete(listener);
    stopIfUnused();
  };
}

function setState(next: ConnectionState): void {
  if (next === state) return;
  state = next;
  for (const listener of [...stateListeners]) listener(next);
}

function deliver(event: LoketEvent): void {
  for (const listener of [...eventListeners]) listener(event);
}

function ensureStarted(): void {
  if (stop) return;
  const bridge = electronBridge();
  if (bridge) {
    setState('open');
    stop = bridge.onEvent(deliver);
  } else {
    stop = openSocket();
  }
}

function stopIfUnused(): void {
  if (eventListeners.size > 0 || stateListeners.size > 0 || !stop) return;
  stop();
  stop = null;
  state = 'connecting';
}

function eventsUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}/api/v1/events`;
}

/** The first message: the credential (none on the office PC itself, which the office knows as the kiosk). */
function authMessage(): string {
  const token = readToken();
  const auth: EventStreamAuth = token ? { type: 'auth', token } : { type: 'auth' };
  return JSON.stringify(auth);
}

function isReady(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === EVENT_STREAM_READY.type;
}

/** Connects and keeps reconnecting with jittered exponential backoff; returns the function that stops it for good. */
function openSocket(): () => void {
  let socket: WebSocket | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let stopped = false;

  const scheduleRetry = (): void => {
    const ceiling = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** failures);
    failures += 1;
    retryTimer = setTimeout(connect, ceiling / 2 + Math.random() * (ceiling / 2));
  };

  function connect(): void {
    retryTimer = null;
    if (stopped) return;
    let ws: WebSocket;
    try {
      ws = new WebSocket(eventsUrl());
    } catch {
      setState('reconnecting');
      scheduleRetry();
      return;
    }
    socket = ws;
    // Browsers cannot set headers on a WebSocket; the credential goes in the first message, not the URL.
    ws.onopen = () => ws.send(authMessage());
    ws.onmessage = (message) => {
      if (typeof message.data !== 'string') return;
      try {
        const parsed: unknown = JSON.parse(message.data);
        if (isLoketEvent(parsed)) {
          deliver(parsed);
        } else if (isReady(parsed)) {
          failures = 0;
          setState('open');
        }
      } catch {
        // A malformed frame is dropped; the next refresh brings the screen up to date anyway.
      }
    };
    ws.onclose = (event) => {
      socket = null;
      if (stopped) return;
      if (event.code === EVENT_STREAM_CLOSE.unauthorized) {
        setState('unauthorized');
        failures = RETRY_GIVE_UP_STEPS;
      } else {
        setState('reconnecting');
      }
      scheduleRetry();
    };
  }

  connect();
  return () => {
    stopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    socket?.close();
  };
}
