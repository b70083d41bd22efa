import { SCREENS, type ScreenName } from '../../../shared/screens';

export { SCREENS, type ScreenName };

export type Route = { kind: 'home' } | { kind: 'screen'; screen: ScreenName } | { kind: 'notFound' };

function isScreenName(value: string): value is ScreenName {
  return (SCREENS as readonly string[]).includes(value);
}

/**
 * Which screen a URL asks for: "/kiosk" on the LAN server, or "?screen=kiosk" when Electron loads
 * index.html from a file (its path is then the file's, not a route).
 */
export function resolveRoute(url: { pathname: string; search: string }): Route {
  const query = new URLSearchParams(url.search).get('screen');
  if (query !== null) return isScreenName(query) ? { kind: 'screen', screen: query } : { kind: 'notFound' };

  const path = url.pathname.replace(/\/+$/, '');
  if (path === '' || path.endsWith('/index.html')) return { kind: 'home' };
  const name = path.slice(path.lastIndexOf('/') + 1);
  return isScreenName(name) && path === `/${name}` ? { kind: 'screen', screen: name } : { kind: 'notFound' };
}

/** The link to a screen that works in both modes: a path on http(s), the query on file://. */
export function screenHref(screen: ScreenName, protocol: string): string {
  return protocol === 'file:' ? `?screen=${screen}` : `/${screen}`;
}
