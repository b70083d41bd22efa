import { BlockList, isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import { OFFICE_NETWORK_RANGES, isHostName, isIpAddress, isOfficeNetworkAddress } from '../../../src/shared/config/officeNetwork';

/** Node's own judgement of the same ranges: the shared rule must agree with it on every address. */
function nodeBlockList(): BlockList {
  const list = new BlockList();
  for (const range of OFFICE_NETWORK_RANGES) {
    const [base = '', bits = ''] = range.split('/');
    list.addSubnet(base, Number(bits), isIP(base) === 6 ? 'ipv6' : 'ipv4');
  }
  return list;
}

/** A deterministic spread of addresses, dense around every range's edges. */
function sampleAddresses(): string[] {
  const v4: string[] = [];
  for (const first of [0, 1, 9, 10, 11, 100, 126, 127, 128, 168, 169, 170, 171, 172, 173, 191, 192, 193, 223, 255]) {
    for (const second of [0, 1, 15, 16, 17, 31, 32, 167, 168, 169, 253, 254, 255]) v4.push(`${first}.${second}.0.1`, `${first}.${second}.255.254`);
  }
  const v6 = [
    '::', '::1', '::2', '0:0:0:0:0:0:0:1', 'fe80::', 'fe80::1', 'febf:ffff::1', 'fec0::1', 'fe7f::1', 'fc00::', 'fd00::1',
    'fdff:ffff::1', 'fbff::1', 'fe00::1', '2001:db8::1', '2606:4700::1111', '::ffff:10.1.2.3', '::ffff:8.8.8.8', '::ffff:192.168.0.1',
    '::ffff:172.20.0.1', 'FE80:0:0:0:0:0:0:ABCD', '1:2:3:4:5:6:7:8',
  ];
  return [...v4, ...v6];
}

describe('the office network rule', () => {
  it('agrees with net.BlockList on every sampled address', () => {
    const list = nodeBlockList();
    for (const address of sampleAddresses()) {
      const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      expect([address, isOfficeNetworkAddress(address)]).toEqual([address, list.check(address, family)]);
    }
  });

  it('reads only real IP literals as addresses', () => {
    for (const literal of ['192.168.1.50', '0.0.0.0', 'fe80::1%eth0', '::ffff:1.2.3.4', '1:2:3:4:5:6:7:8']) expect(isIpAddress(literal)).toBe(true);
    for (const other of ['010.0.0.1', '10.1', '256.1.1.1', '1.2.3.4.5', '[::1]', '::1/128', 'fe80::1%', 'printer.lan', '', ':::1']) {
      expect([other, isIpAddress(other)]).toEqual([other, false]);
    }
    expect(isOfficeNetworkAddress('printer.lan')).toBe(false);
  });

  it('takes DNS host names, not numbers dressed as names', () => {
    for (const name of ['printer', 'printer-loket1.lan', 'pos80.local.', 'a.b-c.d']) expect(isHostName(name)).toBe(true);
    for (const name of ['-printer', 'printer-', 'a..b', 'printer loket', 'a_b', '10.1', '2130706433', 'x'.repeat(64), '']) {
      expect([name, isHostName(name)]).toEqual([name, false]);
    }
  });
});
