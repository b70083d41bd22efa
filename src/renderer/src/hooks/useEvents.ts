import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { LoketEvent } from '../../../shared/api/events';
import { connectionState, onConnectionState, subscribe, type ConnectionState } from '../api/eventStream';

/** Calls the latest `listener` for every pushed event while the component is mounted. */
export function useEvents(listener: (event: LoketEvent) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => subscribe((event) => latest.current(event)), []);
}

/** The event stream's connection state, for a "menghubungkan ulang…" notice. */
export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(onConnectionState, connectionState);
}
