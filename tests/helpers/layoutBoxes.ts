import type { Locator } from 'playwright-core';

/** Where an element is drawn, in CSS pixels: layout checks by element boxes, not only by eye. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The element's box; it must be on screen. */
export async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator.toString()} is not on screen`);
  return b;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
