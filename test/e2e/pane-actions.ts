/** What the tests do and read in the task pane itself. */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { axeViolations } from './accessibility';

const ARTIFACTS = path.resolve(__dirname, '../artifacts');
export const WIDTH = 320;

export async function shownFindings(page: Page): Promise<{ key: string; message: string; table: string }[]> {
  return page.$$eval('[data-finding-key]', (els) =>
    els.map((el) => ({
      key: el.getAttribute('data-finding-key') ?? '',
      message: el.querySelector('[data-role="message"]')?.textContent ?? '',
      table: el.closest('[data-table]')?.getAttribute('data-table') ?? '',
    })),
  );
}

/** The card of one finding in the list. */
export function findingCard(page: Page, key: string) {
  return page.locator(`[data-finding-key="${key.replace(/"/g, '\\"')}"]`);
}

export async function runCheck(page: Page, viaKeyboard = false): Promise<void> {
  if (viaKeyboard) {
    // The first stop of the Tab order is the check button, and Enter runs it.
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('检查本工作簿');
    await page.keyboard.press('Enter');
  } else {
    await page.getByRole('button', { name: /检查本工作簿/ }).click();
  }
  await page.getByText('检查完成').waitFor({ timeout: 30000 });
  await page.getByRole('button', { name: /检查本工作簿/ }).and(page.locator(':not([disabled])')).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.waitForTimeout(400); // let the tab indicator and dialogs finish their transitions
  // What the officer sees in the pane, and the whole scrolled list.
  await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-${name}.png`), animations: 'disabled' });
  await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-${name}-full.png`), fullPage: true, animations: 'disabled' });
  // Fits the 320 px pane: nothing wider than the viewport.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  // Every control a keyboard or screen-reader user reaches has a name.
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('button, [role="tab"], [role="switch"], select, input, textarea, [role="menuitem"]')]
      .filter((el) => !(el as HTMLElement).hidden && (el as HTMLElement).offsetParent !== null)
      .filter((el) => {
        const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el as HTMLInputElement).labels?.length;
        return !labelled && !(el.textContent ?? '').trim();
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  expect(unnamed).toEqual([]);
  // And axe finds nothing: names match the visible words (voice control), headings in order, contrast, ARIA.
  expect(await axeViolations(page)).toEqual([]);
}
