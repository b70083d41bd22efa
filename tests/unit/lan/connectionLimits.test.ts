import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { capsFor, ConnectionCounter, DEFAULT_CONNECTION_LIMITS } from '../../../src/main/lan/connectionLimits';
import { peerAddress } from '../../../src/main/lan/peerAddress';
import { isLoopback } from '../../../src/shared/net/peerAddress';

const socket = () => new EventEmitter() as unknown as Socket;

describe('connections per address', () => {
  it('admits up to the cap per address and frees a place when a socket closes', () => {
    const counter = new ConnectionCounter(() => 2);
    const a = socket();
    expect(counter.admit(a, '10.0.0.7')).toBe(true);
    expect(counter.admit(socket(), '10.0.0.7')).toBe(true);
    expect(counter.admit(socket(), '10.0.0.7')).toBe(false);
    expect(counter.admit(socket(), '10.0.0.8')).toBe(true);
    a.emit('close');
    expect(counter.admit(socket(), '10.0.0.7')).toBe(true);
    expect(counter.admit(socket(), '10.0.0.7')).toBe(false);
  });

  it('gives the office PC itself more room than a LAN address', () => {
    expect(capsFor(DEFAULT_CONNECTION_LIMITS, '127.0.0.1').sockets).toBeGreaterThan(capsFor(DEFAULT_CONNECTION_LIMITS, '10.0.0.7').sockets);
    expect(capsFor(DEFAULT_CONNECTION_LIMITS, '::1')).toBe(DEFAULT_CONNECTION_LIMITS.loopback);
  });

  it('counts an IPv4 peer of a dual-stack listener as the same address', () => {
    expect(peerAddress({ remoteAddress: '::ffff:10.0.0.7' })).toBe('10.0.0.7');
    expect(peerAddress({ remoteAddress: 'fe80::1' })).toBe('fe80::1');
    expect(isLoopback(peerAddress({ remoteAddress: '::ffff:127.0.0.1' }))).toBe(true);
    expect(isLoopback('10.0.0.7')).toBe(false);
  });
});
