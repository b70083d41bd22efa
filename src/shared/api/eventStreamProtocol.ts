/**
 * The handshake of the LAN event stream (WebSocket /api/v1/events), shared by the office and the
 * browser client. Zod-free so the renderer can use it without bundling the schemas.
 *
 * The client's first message is `{"type":"auth","token":"…"}` (no token: the kiosk on the office PC
 * itself). The office answers `{"type":"ready"}` and only then sends events. The credential travels in
 * a message, not in the URL, so it never lands in logs or browser history.
 */
export interface EventStreamAuth {
  type: 'auth';
  token?: string;
}

export const EVENT_STREAM_READY = { type: 'ready' } as const;

/** Close codes of the event stream beyond the standard ones (1009: a message over the size limit). */
export const EVENT_STREAM_CLOSE = {
  /** The first message was not an auth message. */
  badHandshake: 4400,
  /** No, an unknown, or a no longer valid credential; the client asks for a new one. */
  unauthorized: 4401,
  /** No auth message within the handshake time. */
  handshakeTimeout: 4408,
} as const;

