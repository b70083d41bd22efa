/** What the supervisor sees in the device list; `?label=TV%20lantai%202` names a device apart from the others. */
export function deviceLabel(search: string, fallback: string): string {
  const fromUrl = new URLSearchParams(search).get('label')?.trim();
  return fromUrl ? fromUrl.slice(0, 60) : fallback;
}
