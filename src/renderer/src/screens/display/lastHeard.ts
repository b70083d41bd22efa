/** The newest call id this display has announced or marked heard, kept across reloads. */
const STORAGE_KEY = 'loket.display.lastHeardCallId';

export function readLastHeard(): number {
  try {
    const value = Number(window.localStorage.getItem(STORAGE_KEY));
    return Number.isSafeInteger(value) && value > 0 ? value : 0;
  } catch {
    return 0;
  }
}

export function writeLastHeard(callId: number): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, String(callId));
  } catch {
    // Without storage a reload marks today's calls heard anyway (see heardCallId.ts).
  }
}
