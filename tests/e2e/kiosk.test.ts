import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';

let office: ServedOffice;
let browser: Browser;
let page: Page;
let counterToken: string;

beforeAll(async () => {
  office = new ServedOffice(testConfigInput());
  // The credential is minted before the start, as `npm run token` would on the office PC.
  counterToken = mintTestToken(office.dataDir, 'counter', 1);
  await office.start();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.goto(`${office.url}/kiosk`);
});

/** A visitor's touch: what a finger does, and then reads the number off the screen. */
async function takeNumber(serviceCode: string): Promise<string> {
  await page.getByTestId(`service-${serviceCode}`).click();
  const number = (await page.getByTestId('ticket-number').textContent()) ?? '';
  await page.getByTestId('done-button').click();
  return number;
}

describe('the kiosk, as a visitor', () => {
  it('gives a number for the touched service, with the people ahead and the wait', async () => {
    await page.getByTestId('service-KK').click();
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe('B-001');
    // This office has no printer: the visitor is told to remember the number.
    expect(await page.getByTestId('print-message').textContent()).toContain('Ingat nomor Anda');
    // Nobody ahead, and no counter open yet: said in words, not "0" and a dash.
    expect(await page.getByTestId('ticket-ahead').textContent()).toBe('Anda berikutnya');
    expect(await page.getByTestId('ticket-wait').textContent()).toContain('Loket untuk layanan ini belum buka');
    await page.getByTestId('done-button').click();
    await page.getByTestId('service-KK').waitFor();
  });

  it('gives two visitors consecutive numbers', async () => {
    const first = await takeNumber('KTP');
    const second = await takeNumber('KTP');
    expect(first).toMatch(/^A-\d{3}$/);
    expect(Number(second.slice(2))).toBe(Number(first.slice(2)) + 1);
    // The first KTP numbers of the day (the test before took KK's).
    expect([first, second]).toEqual(['A-001', 'A-002']);
  });

  it('calls a priority visitor before the regular visitors who came earlier', async () => {
    const regular = await takeNumber('KTP');
    await page.getByTestId('priority-button').click();
    await page.getByTestId('priority-reason-lansia').click();
    await page.getByTestId('service-KTP').click();
    const priority = (await page.getByTestId('ticket-number').textContent()) ?? '';
    expect(priority).not.toBe(regular);
    expect([regular, priority]).toEqual(['A-003', 'A-004']);

    await office.call('counters.open', { counter: 1 }, counterToken);
    const called = await office.call('counters.callNext', { counter: 1 }, counterToken);
    expect(called.ticket?.label).toBe(priority);
    expect(called.ticket?.priorityReason).toBe('lansia');
    await office.call('tickets.noShow', { counter: 1, ticketId: called.ticket!.id }, counterToken);
    await office.call('counters.close', { counter: 1 }, counterToken);
  });

  it('shows a service whose quota is reached as full, and it cannot be chosen', async () => {
    // AKTA has a quota of 2 in the test office.
    await takeNumber('AKTA');
    await takeNumber('AKTA');
    const button = page.getByTestId('service-AKTA');
    await expect.poll(() => button.isDisabled()).toBe(true);
    expect(await button.textContent()).toContain('Kuota hari ini habis');
    // A touch that reached the button would have sent its request before the click returns (the
    // browser reports events in order), so no request by then means the touch did nothing.
    const issueRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/tickets.issue')) issueRequests.push(request.url());
    });
    await button.click({ force: true });
    expect(issueRequests).toEqual([]);
    expect(await page.getByTestId('ticket-number').count()).toBe(0);
    expect((await office.call('office.overview', {})).services.find((s) => s.code === 'AKTA')?.issuedToday).toBe(2);
  });

  it('switches to English and back', async () => {
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.locator('body').textContent()).toContain('Priority service');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.locator('body').textContent()).toContain('Layanan prioritas');
  });

  it('updates the waiting count when someone else takes a number', async () => {
    const before = (await page.getByTestId('service-KK').textContent()) ?? '';
    await office.call('tickets.issue', { serviceCode: 'KK' });
    await expect.poll(() => page.getByTestId('service-KK').textContent()).not.toBe(before);
    // B-001 from the first visitor waits still; this is the second.
    expect(before).toContain('1 orang menunggu');
    expect(await page.getByTestId('service-KK').textContent()).toContain('2 orang menunggu');
  });
});
