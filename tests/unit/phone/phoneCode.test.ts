import { describe, expect, it } from 'vitest';
import { newPhoneCode } from '../../../src/main/core/phoneCodeGenerator';
import { formatPhoneCode, normalizePhoneCode, phoneCodeFromUrl, phonePageUrl, PHONE_CODE_ALPHABET } from '../../../src/shared/domain/phoneCode';
import { parseTicketRef } from '../../../src/shared/domain/ticketRef';

describe('phone codes', () => {
  it('are 13 characters of Crockford base32: 65 random bits', () => {
    const codes = Array.from({ length: 2000 }, newPhoneCode);
    expect(new Set(codes).size).toBe(2000);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{13}$/);
    expect(PHONE_CODE_ALPHABET).toHaveLength(32);
    // Every character of the alphabet turns up in every position: no bit is wasted.
    for (let pos = 0; pos < 13; pos++) expect(new Set(codes.map((c) => c[pos])).size).toBe(32);
  });

  it('are read back as typed: dashes, spaces, lower case and O/I/L for 0/1/1', () => {
    expect(normalizePhoneCode('7k3m-q9xa-2bwrt')).toBe('7K3MQ9XA2BWRT');
    expect(normalizePhoneCode(' 7K3M Q9XA 2BWRT ')).toBe('7K3MQ9XA2BWRT');
    expect(normalizePhoneCode('O1LI0000000000'.slice(0, 13))).toBe('0111000000000');
    expect(normalizePhoneCode('7K3MQ9XA2BWR')).toBeNull();
    expect(normalizePhoneCode('7K3MQ9XA2BWRU')).toBeNull();
    expect(formatPhoneCode('7K3MQ9XA2BWRT')).toBe('7K3M-Q9XA-2BWRT');
  });

  it('make the phone page address, and are found in it again', () => {
    expect(phonePageUrl('http://192.168.1.10:5170', '7K3MQ9XA2BWRT')).toBe('http://192.168.1.10:5170/t/7K3MQ9XA2BWRT');
    expect(phonePageUrl('http://192.168.1.10:5170/', '7K3MQ9XA2BWRT')).toBe('http://192.168.1.10:5170/t/7K3MQ9XA2BWRT');
    expect(phoneCodeFromUrl('http://192.168.1.10:5170/t/7K3MQ9XA2BWRT')).toBe('7K3MQ9XA2BWRT');
    expect(phoneCodeFromUrl('http://192.168.1.10:5170/x/7K3MQ9XA2BWRT')).toBeNull();
  });
});

describe('what a rating tablet accepts', () => {
  it('takes the QR code in both forms, the printed code and the printed number', () => {
    expect(parseTicketRef('LOKET:00000000-0000-4000-8000-00000000A001')).toEqual({ kind: 'id', ticketId: '00000000-0000-4000-8000-00000000a001' });
    expect(parseTicketRef('http://192.168.1.10:5170/t/7K3MQ9XA2BWRT')).toEqual({ kind: 'phoneCode', code: '7K3MQ9XA2BWRT' });
    expect(parseTicketRef('7k3m-q9xa-2bwrt')).toEqual({ kind: 'phoneCode', code: '7K3MQ9XA2BWRT' });
    expect(parseTicketRef('A-017')).toEqual({ kind: 'label', prefix: 'A', number: 17 });
    expect(parseTicketRef('b 5')).toEqual({ kind: 'label', prefix: 'B', number: 5 });
    expect(parseTicketRef('hello')).toBeNull();
  });
});
