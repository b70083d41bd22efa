import { describe, expect, it } from 'vitest';
import { readServerConfig } from '../../../src/server/config';

describe('the operations settings of the city server', () => {
  it('log at info unless LOKET_SERVER_LOG_LEVEL says otherwise, and a wrong level names the variable', () => {
    expect(readServerConfig({}).logLevel).toBe('info');
    expect(readServerConfig({ LOKET_SERVER_LOG_LEVEL: '' }).logLevel).toBe('info');
    expect(readServerConfig({ LOKET_SERVER_LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(readServerConfig({ LOKET_SERVER_LOG_LEVEL: 'silent' }).logLevel).toBe('silent');
    expect(() => readServerConfig({ LOKET_SERVER_LOG_LEVEL: 'verbose' })).toThrow(
      'LOKET_SERVER_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not "verbose"',
    );
    expect(() => readServerConfig({ LOKET_SERVER_LOG_LEVEL: 'INFO' })).toThrow(/LOKET_SERVER_LOG_LEVEL/);
  });

  it('take LOKET_METRICS_TOKEN only when it is long enough, without repeating a rejected one', () => {
    expect(readServerConfig({}).metricsToken).toBeUndefined();
    expect(readServerConfig({ LOKET_METRICS_TOKEN: '' }).metricsToken).toBeUndefined();
    const token = 'c0ffee'.repeat(8);
    expect(readServerConfig({ LOKET_METRICS_TOKEN: token }).metricsToken).toBe(token);
    for (const weak of ['short-secret', 'has a space in the middle of it']) {
      let message = '';
      try {
        readServerConfig({ LOKET_METRICS_TOKEN: weak });
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/^LOKET_METRICS_TOKEN must be/);
      expect(message).not.toContain(weak);
    }
  });

  it('count the proxies in front with LOKET_TRUST_PROXY (0 by default; the documented "1" means one balancer)', () => {
    expect(readServerConfig({}).trustedProxies).toBe(0);
    expect(readServerConfig({ LOKET_TRUST_PROXY: '1' }).trustedProxies).toBe(1);
    expect(readServerConfig({ LOKET_TRUST_PROXY: '2' }).trustedProxies).toBe(2);
    expect(() => readServerConfig({ LOKET_TRUST_PROXY: 'yes' })).toThrow('LOKET_TRUST_PROXY must be a whole number 0–10, not "yes"');
  });
});
