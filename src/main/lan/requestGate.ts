import type { IncomingHttpHeaders } from 'node:http';
import type { HostPolicy } from './hostPolicy';

/** Why a request was turned away: `message` for the person in front of the browser, `detail` for the security log. */
export interface GateRefusal {
  message: string;
  detail: string;
}

/**
 * Only the office's own pages may talk to the office server. Checked on every request (API, event
 * stream upgrade, static files) before anything else runs:
 * - the Host must be one of the server's names (DNS rebinding sends the attacker's name);
 * - an Origin, when sent, must be the server's own origin for that Host (another web page open on an
 *   office PC sends its own);
 * - Sec-Fetch-Site must not say another site made the request, except a top-level navigation (a link
 *   to /kiosk on the city portal): the page then runs under Loket's own origin, and a GET changes nothing.
 */
export function checkRequestOrigin(method: string, headers: IncomingHttpHeaders, policy: HostPolicy): GateRefusal | null {
  const host = headers.host;
  const shown = (value: string | undefined): string => JSON.stringify((value ?? '').slice(0, 100));
  const openHere = `open Loket at ${policy.suggestedUrl()}`;
  if (!policy.isOwnHost(host)) {
    return {
      message: `This address (${shown(host)}) is not one of the office server's names; ${openHere}. If it is a name of this PC, a supervisor adds it to lan.hostNames in the office configuration.`,
      detail: `foreign Host ${shown(host)}`,
    };
  }
  const origin = headers.origin;
  if (origin !== undefined && !policy.isOwnOrigin(origin, host as string)) {
    return {
      message: `Requests from another web page (${shown(origin)}) are refused; ${openHere}.`,
      detail: `foreign Origin ${shown(origin)} (Host ${shown(host)})`,
    };
  }
  const site = headers['sec-fetch-site'];
  const navigation = method === 'GET' && headers['sec-fetch-mode'] === 'navigate' && headers['sec-fetch-dest'] === 'document';
  if ((site === 'cross-site' || site === 'same-site') && !navigation) {
    return {
      message: `Requests made by another web site are refused; ${openHere}.`,
      detail: `Sec-Fetch-Site ${site} (mode ${shown(headers['sec-fetch-mode'])}, dest ${shown(headers['sec-fetch-dest'])}, Host ${shown(host)})`,
    };
  }
  return null;
}

/** Only JSON bodies: a cross-site form or a "simple" fetch can send text/plain or form data, never this. */
export function isJsonContentType(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
