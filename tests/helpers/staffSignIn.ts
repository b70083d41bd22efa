import type { Page } from 'playwright-core';

/** A staff member signs in on a screen at `url` as a person would: their name (when there is a choice), then the PIN. */
export async function signInByName(page: Page, url: string, name: string, pin: string): Promise<void> {
  await page.goto(url);
  const choice = page.getByRole('button', { name });
  // With one account the PIN pad comes at once; with more, the name first.
  await choice.or(page.getByTestId('pin-submit')).first().waitFor();
  if (await choice.count()) await choice.click();
  await page.getByTestId('pin-submit').waitFor();
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
}
