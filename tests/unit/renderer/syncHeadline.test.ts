import { describe, expect, it } from 'vitest';
import type { SyncStatusView } from '../../../src/shared/api/methods/sync';
import { translate } from '../../../src/shared/i18n';
import { syncHeadline } from '../../../src/renderer/src/screens/supervisor/sync/syncHeadline';

const enrolled: SyncStatusView = {
  enrolled: true,
  state: 'idle',
  serverUrl: 'http://kota.example',
  office: { id: 'dukcapil', name: 'Dinas Dukcapil' },
  kioskId: 'k1',
  replicaId: '6f1c1d6e-2f7a-4b7e-9d1a-0c2b3a4d5e6f',
  lastSuccessAt: 1_764_464_400_000,
  rowsPending: 0,
  pendingDays: { count: 0, oldest: null },
  setAside: { count: 0, rows: [] },
  held: { rows: 0, dates: [] },
  clock: { offsetMs: 0, checkedAt: 1_764_464_400_000, off: false, cityToday: '2026-11-30', enrolledOn: '2026-11-01', serviceDate: '2026-11-30', clockServiceDate: '2026-11-30' },
  lastError: null,
  nextAttemptAt: null,
};

const shown = (s: SyncStatusView) => {
  const h = syncHeadline(s);
  return { text: translate('id', h.key, h.params), tone: h.tone };
};

describe('the Sinkronisasi headline', () => {
  it('says "semua terkirim" only when nothing waits, nothing is set aside and nothing failed', () => {
    expect(shown(enrolled)).toEqual({ text: 'Tersambung, semua terkirim', tone: 'ok' });
  });

  it('names what waits instead, in days of figures (the seeded office: idle, no error, 2,944 rows of 3 days waiting)', () => {
    const pendingDays = { count: 3, oldest: '2026-11-28' };
    expect(shown({ ...enrolled, rowsPending: 2944, pendingDays })).toEqual({ text: 'Tersambung: data 3 hari menunggu dikirim', tone: 'warn' });
    const setAside = { count: 3, rows: [] };
    expect(shown({ ...enrolled, setAside })).toEqual({ text: 'Tersambung; 3 baris ditahan, selebihnya terkirim', tone: 'warn' });
    const held = { rows: 40, dates: [{ date: '2023-06-01', code: 'date_unconfirmed' as const, rows: 40, reason: 'x', beforeEnrolment: true }] };
    expect(shown({ ...enrolled, held })).toEqual({ text: 'Tersambung; 40 baris menunggu konfirmasi tanggal', tone: 'warn' });
  });

  it('says a failure, local or remote, is holding rows back', () => {
    const lastError = { code: 'kiosk_failure', message: 'x', pesan: 'x', status: null, at: 1, where: 'kiosk', rows: null, action: 'restart_loket' } as const;
    const pendingDays = { count: 2, oldest: '2026-11-29' };
    expect(shown({ ...enrolled, rowsPending: 12, pendingDays, lastError, state: 'waiting_retry' })).toEqual({ text: 'Pengiriman gagal: data 2 hari belum terkirim', tone: 'over' });
    expect(shown({ ...enrolled, rowsPending: 12, pendingDays, lastError: { ...lastError, code: 'network', where: 'network', action: 'wait' }, state: 'offline' })).toEqual({
      text: 'Server kota tidak terjangkau: data 2 hari belum terkirim',
      tone: 'over',
    });
    expect(shown({ ...enrolled, state: 'reenrol_required', rowsPending: 4 }).text).toBe('Perlu didaftarkan ulang');
  });

  it('never says "semua terkirim" in any state where something waits', () => {
    const states = ['idle', 'pushing', 'waiting_retry', 'offline', 'reenrol_required', 'stopped'] as const;
    for (const state of states) {
      for (const [rowsPending, count] of [
        [1, 0],
        [0, 1],
      ] as const) {
        const text = shown({ ...enrolled, state, rowsPending, setAside: { count, rows: [] } }).text;
        expect(text).not.toMatch(/semua terkirim/);
      }
    }
  });
});
