import { describe, expect, it } from 'vitest';
import { LineSplitter, encodeRequest, parseHelperLine, printResult, statusResult } from '../../../src/main/printer/transport/windows-helper-protocol';

describe('encodeRequest', () => {
  it('writes one JSON object on one line, whatever the printer is called', () => {
    const line = encodeRequest({ id: 3, op: 'status', printer: 'Kasir "Depan"\n\'; Remove-Item C:\\ -Recurse' });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ id: 3, op: 'status', printer: 'Kasir "Depan"\n\'; Remove-Item C:\\ -Recurse' });
  });

  it('carries the ticket as base64 with the watch time', () => {
    const line = encodeRequest({ id: 4, op: 'print', printer: 'POS-80', dataBase64: Buffer.from([0x1b, 0x40, 0x00, 0xff]).toString('base64'), watchMs: 8000 });
    expect(line).toBe('{"id":4,"op":"print","printer":"POS-80","dataBase64":"G0AA/w==","watchMs":8000}\n');
  });
});

describe('parseHelperLine', () => {
  it('reads the ready line and both kinds of answer', () => {
    expect(parseHelperLine('{"ready":true}')).toEqual({ kind: 'ready' });
    expect(parseHelperLine('{"ok":true,"id":5,"result":{"a":1}}')).toEqual({ kind: 'reply', id: 5, ok: true, result: { a: 1 } });
    expect(parseHelperLine('{"id":6,"ok":false,"error":"OpenPrinter failed"}')).toEqual({ kind: 'reply', id: 6, ok: false, error: 'OpenPrinter failed' });
  });

  it.each([
    ['not JSON', 'Windows PowerShell'],
    ['half a line', '{"id":5,"ok":tr'],
    ['no id', '{"ok":true,"result":{}}'],
    ['the null id of a request the helper could not read', '{"id":null,"ok":false,"error":"Invalid JSON primitive"}'],
    ['a fractional id', '{"id":1.5,"ok":true,"result":{}}'],
    ['ok missing', '{"id":5,"result":{}}'],
    ['an error without its text', '{"id":5,"ok":false}'],
    ['ready: false', '{"ready":false}'],
    ['an array', '[1,2]'],
    ['a bare number', '42'],
    ['an empty line', ''],
  ])('ignores %s', (_name, line) => {
    expect(parseHelperLine(line)).toBeNull();
  });
});

describe('result shapes', () => {
  const printer = { status: 16, attributes: 2112, jobs: 0, port: 'USB001', driver: 'EPSON TM-T82 Receipt5', monitor: '' };

  it('accept what the helper writes (PowerShell adds no fields, but extra ones would be dropped)', () => {
    expect(statusResult.parse({ printer: { ...printer, extra: 1 } })).toEqual({ printer });
    const job = { id: 12, status: 0x40, text: 'Paper out', outcome: 'stalled', cancelled: true };
    expect(printResult.parse({ job, printer })).toEqual({ job, printer });
  });

  it('refuse flags that are not 32-bit unsigned numbers and unknown job outcomes', () => {
    expect(statusResult.safeParse({ printer: { ...printer, status: -1 } }).success).toBe(false);
    expect(statusResult.safeParse({ printer: { ...printer, status: 2 ** 32 } }).success).toBe(false);
    expect(statusResult.safeParse({ printer: { ...printer, status: '16' } }).success).toBe(false);
    expect(printResult.safeParse({ job: { id: 1, status: 0, text: '', outcome: 'lost', cancelled: false }, printer }).success).toBe(false);
  });
});

describe('LineSplitter', () => {
  it('splits on LF and CRLF and keeps a line cut across chunks', () => {
    const split = new LineSplitter(100);
    expect(split.push('{"ready":tr')).toEqual([]);
    expect(split.push('ue}\r\n{"id":1')).toEqual(['{"ready":true}']);
    expect(split.push(',"ok":true}\n\n')).toEqual(['{"id":1,"ok":true}', '']);
  });

  it('drops a line longer than the limit whole, in one chunk or many, and goes on with the next', () => {
    const split = new LineSplitter(10);
    expect(split.push(`${'x'.repeat(11)}\nshort\n`)).toEqual(['short']);
    expect(split.push('y'.repeat(8))).toEqual([]);
    expect(split.push('y'.repeat(8))).toEqual([]);
    expect(split.push('y'.repeat(30))).toEqual([]);
    expect(split.push('yy\nafter\n')).toEqual(['after']);
  });
});
