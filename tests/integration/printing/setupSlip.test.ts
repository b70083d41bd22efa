import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrinterService } from '../../../src/main/printer';
import type { VirtualPrinter } from '../../../tools/virtual-printer/virtual-printer';
import { createOfficeServices } from '../../../src/main/office';
import { Store } from '../../../src/main/store/store';
import { FakeClock, MONDAY_9AM_KUPANG } from '../../helpers/fakeClock';
import { makeTempDir } from '../../helpers/tempDir';
import { testConfig } from '../../helpers/testConfig';
import { tcpPrinter, virtualPrinter } from '../printer/helpers';

/**
 * First run on a real office: the setup code comes out of the ticket printer (a virtual ESC/POS
 * printer on loopback), and only that code, read off the paper, creates the first supervisor.
 */
const dir = makeTempDir();
let store: Store;
let vp: VirtualPrinter;
let printer: PrinterService;

afterEach(async () => {
  await printer.close();
  store.close();
  await vp.close();
  vi.restoreAllMocks();
});

const LOCAL = { role: null, via: 'ipc', local: true, source: 'ipc:kiosk' } as const;

/** The code as printed: the large "1234 5678" line on the slip. */
function codeOnSlip(): string {
  const texts = vp.tickets.flatMap((t) => t.document.blocks.flatMap((b) => (b.kind === 'text' ? [b.content] : [])));
  const code = texts.map((t) => /^\s*(\d{4} \d{4})\s*$/.exec(t)?.[1]).find((c) => c !== undefined);
  if (!code) throw new Error(`no setup code on the slip: ${texts.join(' | ')}`);
  return code;
}

describe('the first-run setup slip', () => {
  it('prints the setup code at start, in both languages; the code from the paper creates the first supervisor', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vp = await virtualPrinter();
    printer = tcpPrinter(vp.port);
    store = Store.open(dir.path);
    const services = createOfficeServices(store, testConfig(), new FakeClock(MONDAY_9AM_KUPANG), printer);
    services.auth.offerSetup();
    await vi.waitFor(() => expect(vp.tickets).toHaveLength(1), { timeout: 5000 });
    const text = vp.tickets[0]!.document.blocks.map((b) => (b.kind === 'text' ? b.content : '')).join('\n');
    expect(text).toContain('KODE PENYIAPAN');
    expect(text).toContain('setup code');
    const code = codeOnSlip();
    // The log shows the same code (the installer log's line a technician can read instead).
    expect(vi.mocked(console.log).mock.calls.flat().join('\n')).toContain(`First-run setup code: ${code}`);

    const made = await services.dispatcher.dispatch('auth.setup', { setupCode: code, name: 'Kepala Dinas', pin: '482915' }, LOCAL);
    expect(made).toMatchObject({ ok: true, result: { session: { role: 'supervisor' } } });
  });

  it('prints the same code again on request before setup, and never after', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vp = await virtualPrinter();
    printer = tcpPrinter(vp.port);
    store = Store.open(makeTempDir().path);
    const services = createOfficeServices(store, testConfig(), new FakeClock(MONDAY_9AM_KUPANG), printer);
    services.auth.offerSetup();
    await vi.waitFor(() => expect(vp.tickets).toHaveLength(1), { timeout: 5000 });
    const first = codeOnSlip();
    expect(await services.dispatcher.dispatch('auth.printSetupCode', {}, { role: null, via: 'lan', local: false, source: '10.0.0.9' })).toMatchObject({ ok: false, status: 403 });
    expect(await services.dispatcher.dispatch('auth.printSetupCode', {}, LOCAL)).toMatchObject({ ok: true, result: { printed: true } });
    expect(vp.tickets).toHaveLength(2);
    expect(codeOnSlip()).toBe(first);
    await services.dispatcher.dispatch('auth.setup', { setupCode: first, name: 'Kepala Dinas', pin: '482915' }, LOCAL);
    expect(await services.dispatcher.dispatch('auth.printSetupCode', {}, LOCAL)).toMatchObject({ ok: false, error: { code: 'wrong_state' } });
    expect(vp.tickets).toHaveLength(2);
  });
});
