import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { createHostPolicy, type HostPolicyOptions } from '../../../src/main/lan/hostPolicy';
import { checkRequestOrigin, isJsonContentType } from '../../../src/main/lan/requestGate';

function policy(overrides: Partial<HostPolicyOptions> = {}) {
  return createHostPolicy({
    listenHost: '127.0.0.1',
    port: () => 5170,
    configuredNames: () => [],
    interfaceAddresses: () => ['127.0.0.1', '192.168.1.10', 'fe80::1'],
    ...overrides,
  });
}

describe('the office server’s own names', () => {
  it('accepts loopback names with the right port, and nothing else', () => {
    const p = policy();
    for (const host of ['127.0.0.1:5170', 'localhost:5170', 'LOCALHOST.:5170', '[::1]:5170', '2130706433:5170']) {
      expect(p.isOwnHost(host), host).toBe(true);
    }
    for (const host of [undefined, '', 'evil.example:5170', '127.0.0.1', '127.0.0.1:80', '127.0.0.1:5171', 'evil@127.0.0.1:5170', '127.0.0.1:5170/x', 'localhost.evil.example:5170']) {
      expect(p.isOwnHost(host), String(host)).toBe(false);
    }
  });

  it('needs no port in the Host when the server is on port 80', () => {
    const p = policy({ port: () => 80 });
    expect(p.isOwnHost('127.0.0.1')).toBe(true);
    expect(p.isOwnHost('127.0.0.1:80')).toBe(true);
  });

  it('accepts the address it listens on, and on 0.0.0.0 every interface address, re-read after a while', () => {
    expect(policy({ listenHost: '192.168.1.10' }).isOwnHost('192.168.1.10:5170')).toBe(true);
    expect(policy({ listenHost: '192.168.1.10' }).isOwnHost('10.0.0.5:5170')).toBe(false);

    let addresses = ['127.0.0.1', '192.168.1.10', 'fe80::1'];
    let now = 0;
    const p = policy({ listenHost: '0.0.0.0', interfaceAddresses: () => addresses, now: () => now });
    expect(p.isOwnHost('192.168.1.10:5170')).toBe(true);
    expect(p.isOwnHost('[fe80::1]:5170')).toBe(true);
    expect(p.isOwnHost('10.0.0.5:5170')).toBe(false);
    addresses = [...addresses, '10.0.0.5'];
    now = 60_000;
    expect(p.isOwnHost('10.0.0.5:5170')).toBe(true);
  });

  it('accepts the configured names and the PC’s own name, read each time', () => {
    let names = ['loket.kantor.local'];
    const p = policy({ configuredNames: () => names });
    expect(p.isOwnHost('Loket.Kantor.Local:5170')).toBe(true);
    expect(p.isOwnHost(`${hostname()}:5170`)).toBe(true);
    names = [];
    expect(p.isOwnHost('loket.kantor.local:5170')).toBe(false);
  });

  it('knows its own origin only as named by the Host', () => {
    const p = policy();
    expect(p.isOwnOrigin('http://127.0.0.1:5170', '127.0.0.1:5170')).toBe(true);
    for (const origin of ['http://localhost:5170', 'https://127.0.0.1:5170', 'http://127.0.0.1:5171', 'http://evil.example', 'null', 'http://127.0.0.1:5170/x']) {
      expect(p.isOwnOrigin(origin, '127.0.0.1:5170'), origin).toBe(false);
    }
  });

  it('suggests where to open Loket: the listening address, else a configured name or a LAN address', () => {
    expect(policy().suggestedUrl()).toBe('http://127.0.0.1:5170');
    expect(policy({ listenHost: '0.0.0.0' }).suggestedUrl()).toBe('http://192.168.1.10:5170');
    expect(policy({ listenHost: '0.0.0.0', configuredNames: () => ['loket.kantor.local'] }).suggestedUrl()).toBe('http://loket.kantor.local:5170');
  });
});

describe('the request gate', () => {
  const p = policy();
  const own = { host: '127.0.0.1:5170' };

  it('lets the office’s own pages and tools without an Origin through', () => {
    expect(checkRequestOrigin('POST', own, p)).toBeNull();
    expect(checkRequestOrigin('POST', { ...own, origin: 'http://127.0.0.1:5170', 'sec-fetch-site': 'same-origin' }, p)).toBeNull();
    expect(checkRequestOrigin('GET', { ...own, 'sec-fetch-site': 'none' }, p)).toBeNull();
  });

  it('refuses a foreign Host with a message naming the office’s address', () => {
    const refusal = checkRequestOrigin('GET', { host: 'evil.example:5170' }, p);
    expect(refusal?.message).toMatch(/not one of the office server's names; open Loket at http:\/\/127\.0\.0\.1:5170/);
    expect(refusal?.detail).toBe('foreign Host "evil.example:5170"');
  });

  it('refuses a foreign Origin and requests another site made', () => {
    expect(checkRequestOrigin('POST', { ...own, origin: 'http://evil.example' }, p)?.message).toMatch(/another web page/);
    expect(checkRequestOrigin('POST', { ...own, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' }, p)).not.toBeNull();
    expect(checkRequestOrigin('GET', { ...own, 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' }, p)).not.toBeNull();
    expect(checkRequestOrigin('GET', { ...own, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'iframe' }, p)).not.toBeNull();
  });

  it('lets a link from another site open a screen (a top-level GET navigation changes nothing)', () => {
    expect(checkRequestOrigin('GET', { ...own, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' }, p)).toBeNull();
    expect(checkRequestOrigin('POST', { ...own, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' }, p)).not.toBeNull();
  });

  it('takes only JSON bodies', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('Application/JSON; charset=utf-8')).toBe(true);
    for (const type of [undefined, '', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx']) {
      expect(isJsonContentType(type), String(type)).toBe(false);
    }
  });
});
