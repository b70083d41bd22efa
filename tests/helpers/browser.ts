import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core (never a downloaded browser). */
export const CHROMIUM_PATH = process.env.LOKET_CHROMIUM ?? '/usr/bin/chromium';

/**
 * `autoplay`: sound may play before any touch, as in the kiosk and display windows (the Electron shell sets
 * the same policy); a plain browser tab needs a tap first. `fakeCamera`: a Y4M video that the page's camera
 * shows (in a loop), its use allowed without a prompt, as the kiosk window's camera is.
 */
export function launchChromium({ autoplay = false, fakeCamera }: { autoplay?: boolean; fakeCamera?: string } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(autoplay ? ['--autoplay-policy=no-user-gesture-required'] : []),
      ...(fakeCamera ? ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${fakeCamera}`] : []),
    ],
  });
}
