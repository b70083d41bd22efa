import { EVENT_NAMES } from '../../../shared/api/eventNames';
import type { LoketEvent } from '../../../shared/api/events';

const EVENT_TYPES: ReadonlySet<string> = new Set(EVENT_NAMES);

/** A light shape check of a pushed frame (no zod in the renderer bundle); the core built the payload. */
export function isLoketEvent(value: unknown): value is LoketEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; seq?: unknown; payload?: unknown };
  return typeof v.type === 'string' && EVENT_TYPES.has(v.type) && typeof v.seq === 'number' && typeof v.payload === 'object' && v.payload !== null;
}
