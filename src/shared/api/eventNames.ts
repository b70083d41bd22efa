/** The events the core pushes; zod-free so the renderer can check frames without bundling the schemas. */
export const EVENT_NAMES = ['queue.changed', 'ticket.called', 'ticket.finished', 'counter.changed', 'printer.status', 'config.changed', 'storage.status'] as const;
export type EventName = (typeof EVENT_NAMES)[number];
