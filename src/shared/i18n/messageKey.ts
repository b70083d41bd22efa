import type { id } from './messages.id';

export type MessageKey = keyof typeof id;
