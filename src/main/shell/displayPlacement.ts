/** The parts of Electron's Display the placement needs. */
export interface DisplayInfo {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  internal?: boolean;
}

/**
 * The screen for the TV display window: any display other than the kiosk's touchscreen (the primary),
 * preferring an external one, then the largest. Null while only one display is attached.
 */
export function pickDisplayScreen(displays: readonly DisplayInfo[], primaryId: number): DisplayInfo | null {
  const others = displays.filter((d) => d.id !== primaryId);
  if (others.length === 0) return null;
  return [...others].sort((a, b) => Number(a.internal === true) - Number(b.internal === true) || area(b) - area(a))[0] ?? null;
}

function area(d: DisplayInfo): number {
  return d.bounds.width * d.bounds.height;
}
