import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/helpers/browser';
import { ServedOffice } from '../tests/helpers/servedOffice';
import { percentile, type BenchSuite } from './table';

/** Enough touches for an honest p99 (bench/table.ts: two samples beyond it). */
const TOUCHES = 200;

/** The kiosk in Chromium: first paint, touch-to-number, and the renderer's JavaScript size. */
export const suite: BenchSuite = async () => {
  const assets = join('out/renderer/assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const gzipBytes = js.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);

  const office = await new ServedOffice().start();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const paints: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(`${office.url}/kiosk`);
      await page.getByTestId('service-KTP').waitFor();
      paints.push(
        await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN),
      );
    }
    const touches: number[] = [];
    for (let i = 0; i < TOUCHES; i++) {
      await page.getByTestId('service-KTP').waitFor();
      const t0 = performance.now();
      await page.getByTestId('service-KTP').click();
      await page.getByTestId('ticket-number').waitFor();
      touches.push(performance.now() - t0);
      await page.getByTestId('done-button').click();
    }
    return [
      { suite: 'kiosk', metric: `first contentful paint p50 (${paints.length} loads)`, value: percentile(paints, 50), unit: 'ms' },
      { suite: 'kiosk', metric: `touch-to-number p50 (${TOUCHES} touches)`, value: percentile(touches, 50), unit: 'ms' },
      { suite: 'kiosk', metric: `touch-to-number p99 (${TOUCHES} touches)`, value: percentile(touches, 99), unit: 'ms' },
      { suite: 'kiosk', metric: 'renderer JS (gzip)', value: Math.round(gzipBytes / 1024), unit: 'KiB' },
    ];
  } finally {
    await browser.close();
    await office.remove();
  }
};
