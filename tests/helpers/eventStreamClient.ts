import WebSocket from 'ws';
import type { LoketEvent } from '../../src/shared/api/events';

/** An event stream as a LAN screen opens it: connect, send the auth message, wait for "ready". */
export interface EventStreamClient {
  socket: WebSocket;
  /** Events received so far, in order. */
  events: LoketEvent[];
  /** The first event (received already or still to come) of this type. */
  waitFor(type: LoketEvent['type']): Promise<LoketEvent>;
  /** Resolves with the close code. */
  closed: Promise<number>;
  /** Calls `listener` for every event from now on (benchmarks count arrivals). */
  onEvent(listener: (event: LoketEvent) => void): void;
}

export function eventsUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, 'ws')}/api/v1/events`;
}

/** Resolves once the office accepted the credential; rejects with the close code when it refuses it. */
export async function openEventStream(httpUrl: string, token?: string): Promise<EventStreamClient> {
  const socket = new WebSocket(eventsUrl(httpUrl));
  const events: LoketEvent[] = [];
  const listeners: ((event: LoketEvent) => void)[] = [];
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  // The office sends nothing before the auth message, so listening from here misses nothing.
  const ready = new Promise<void>((resolve, reject) => {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string };
      if (message.type === 'ready') return resolve();
      events.push(message as LoketEvent);
      for (const listener of listeners) listener(message as LoketEvent);
    });
    void closed.then((code) => reject(new Error(`the event stream closed with ${code}`)));
  });
  socket.send(JSON.stringify(token ? { type: 'auth', token } : { type: 'auth' }));
  await ready;
  return {
    socket,
    events,
    closed,
    onEvent: (listener) => listeners.push(listener),
    waitFor: (type) =>
      new Promise((resolve) => {
        const seen = events.find((e) => e.type === type);
        if (seen) return resolve(seen);
        listeners.push((event) => {
          if (event.type === type) resolve(event);
        });
      }),
  };
}
