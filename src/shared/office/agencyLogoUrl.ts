/** The address a screen loads an agency's logo from, on the LAN server and in the Electron app alike. */
export function agencyLogoUrl(file: string): string {
  return `/logos/${file}`;
}
