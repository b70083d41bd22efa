import { describe, expect, it, vi } from 'vitest';
import { errorMessage, handleProcessFault, KEEP_UNEXPECTED, RecentErrors } from '../../../src/main/shell/processFaults';

const quiet = { log: () => undefined };

describe('what the main process does with an error nobody caught', () => {
  it('records an unhandled rejection for the supervisor and keeps running', () => {
    const recent = new RecentErrors();
    const exit = vi.fn();
    expect(handleProcessFault('unhandledRejection', new Error('Cannot download "Loket-2.0.0.AppImage", status 404'), { recent, reportStorage: () => false, exit, ...quiet })).toBe(
      'recorded',
    );
    expect(exit).not.toHaveBeenCalled();
    expect(recent.list()).toEqual([{ at: expect.any(Number), source: 'unhandledRejection', message: 'Cannot download "Loket-2.0.0.AppImage", status 404', count: 1 }]);
  });

  it('still exits on an uncaught exception, for the OS supervisor to start Loket afresh', () => {
    const recent = new RecentErrors();
    const exit = vi.fn();
    expect(handleProcessFault('uncaughtException', new TypeError('x is undefined'), { recent, reportStorage: () => false, exit, ...quiet })).toBe('exit');
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('leaves a full disk to the storage health, whichever kind', () => {
    const exit = vi.fn();
    const recent = new RecentErrors();
    for (const kind of ['uncaughtException', 'unhandledRejection'] as const) {
      expect(handleProcessFault(kind, new Error('SQLITE_FULL'), { recent, reportStorage: () => true, exit, ...quiet })).toBe('storage');
    }
    expect(exit).not.toHaveBeenCalled();
    expect(recent.list()).toEqual([]);
  });

  it('keeps the last few, newest first, folding repeats into a count', () => {
    const recent = new RecentErrors();
    for (let i = 0; i < KEEP_UNEXPECTED + 5; i++) recent.record('unhandledRejection', new Error(`e${i}`), 1000 + i);
    recent.record('unhandledRejection', new Error(`e${KEEP_UNEXPECTED + 4}`), 5000);
    const list = recent.list();
    expect(list).toHaveLength(KEEP_UNEXPECTED);
    expect(list[0]).toEqual({ at: 5000, source: 'unhandledRejection', message: `e${KEEP_UNEXPECTED + 4}`, count: 2 });
    expect(list[1]?.message).toBe(`e${KEEP_UNEXPECTED + 3}`);
  });

  it('describes anything that was thrown, without throwing itself', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage({ code: 7 })).toBe('{"code":7}');
    expect(errorMessage(undefined)).toBe('undefined');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(errorMessage(cyclic)).toBe('[object Object]');
  });
});
