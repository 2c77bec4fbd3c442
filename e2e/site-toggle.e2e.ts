/**
 * The popup's per-site switch in every browser. A built-in site (the e2e build runs on
 * 127.0.0.1 from its manifest) switches off and on again without a reload. Any other site
 * (here the same fixture served as http://localhost:PORT, which the manifest does not match)
 * starts off; switching it on asks for that origin's permission, registers the content script
 * for it and runs it in the open tab at once; a new load of the page runs it by itself; off
 * clears the page again.
 *
 * The permission prompt itself cannot be answered by a driver: the Chromium e2e build has
 * localhost granted at install (so permissions.request() resolves without a prompt) and
 * Firefox runs with extensions.webextOptionalPermissionPrompts off. See wxt.config.ts.
 * Screenshots: e2e/screenshots/<browser>-site-toggle-{off,on}.png (look at them).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePage, personTexts } from './support/article-page';
import { selectedBrowsers } from './support/browsers';
import { poll, sleep } from './support/poll';
import { PopupUi } from './support/popup-ui';
import { useFixtureServer } from './support/server';
import { SCREENSHOTS_DIR } from './support/settings';
import { SetupResult } from './support/setup-result';
import type { BrowserPage, ExtensionBrowser } from './support/types';

const FIXTURE = 'popup-article.html';
const PEOPLE = ['Phạm Bình Minh', 'Lê Minh Hưng', 'Phạm Minh Chính'];
const fixtureServer = useFixtureServer();

async function shot(page: BrowserPage, name: string): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot(join(SCREENSHOTS_DIR, `${name}.png`));
}

/** Every `ai-la-ai-` highlight's ranges on the page, as texts. */
async function highlightCount(article: ArticlePage): Promise<number> {
  const snapshot = await article.readHighlights();
  return snapshot.highlights.reduce((n, h) => n + h.ranges.length, 0);
}

const waitForNoHighlights = (article: ArticlePage) =>
  poll(
    () => highlightCount(article),
    (n) => n === 0,
    { timeoutMs: 5_000 },
  );

describe.each(selectedBrowsers())('site switch in $name', (target) => {
  const launched = new SetupResult<ExtensionBrowser>(`launching ${target.name}`);
  beforeAll(async () => {
    await launched.run(() => target.launch());
  });
  afterAll(async () => {
    await launched.peek()?.close();
  });

  it('switches a built-in site off and on again, without a reload', async () => {
    const browser = launched.get();
    const article = new ArticlePage(await browser.openPage(fixtureServer().url(FIXTURE)));
    try {
      expect(personTexts(await article.waitForHighlights(PEOPLE))).toEqual(
        expect.arrayContaining(PEOPLE),
      );
      const popup = new PopupUi(await browser.openPopup(article.page));
      try {
        const on = await popup.waitFor((s) => s.siteToggle?.checked === true);
        expect(on.siteToggle?.label).toContain('127.0.0.1');

        await popup.click('[data-testid="site-toggle"]');
        const off = await popup.waitFor((s) => s.siteToggle?.checked === false && s.status !== '');
        expect(off.people).toEqual([]);
        expect(await waitForNoHighlights(article)).toBe(0);

        // A page loaded while the site is off stays untouched, and starts when it is on.
        const loadedOff = new ArticlePage(await browser.openPage(fixtureServer().url(FIXTURE)));
        try {
          await sleep(1_500);
          expect(await highlightCount(loadedOff)).toBe(0);
          await popup.click('[data-testid="site-toggle"]');
          const back = await popup.waitFor((s) => s.people.length === PEOPLE.length);
          expect(back.siteToggle?.checked).toBe(true);
          expect(personTexts(await loadedOff.waitForHighlights(PEOPLE))).toEqual(
            expect.arrayContaining(PEOPLE),
          );
        } finally {
          await loadedOff.page.close();
        }
        expect(personTexts(await article.waitForHighlights(PEOPLE))).toEqual(
          expect.arrayContaining(PEOPLE),
        );
      } finally {
        await popup.page.close();
      }
    } finally {
      await article.page.close();
    }
  });

  it('runs on another site only once switched on, with its permission', async () => {
    const browser = launched.get();
    const url = fixtureServer().url(FIXTURE).replace('//127.0.0.1:', '//localhost:');
    const article = new ArticlePage(await browser.openPage(url));
    try {
      // Nothing runs there by itself: give a content script ample time to have drawn.
      await sleep(1_500);
      expect(await highlightCount(article)).toBe(0);

      const popup = new PopupUi(await browser.openPopup(article.page));
      try {
        const off = await popup.waitFor((s) => s.siteToggle !== null && s.status !== '');
        expect(off.siteToggle).toMatchObject({ checked: false, disabled: false });
        expect(off.siteToggle?.label).toContain('localhost');
        await shot(popup.page, `${target.name}-site-toggle-off`);

        // A real click: the permission is asked while handling it.
        await popup.mouseClick('[data-testid="site-toggle"]');
        const on = await popup.waitFor((s) => s.people.length === PEOPLE.length, 15_000);
        expect(on.siteToggle?.checked).toBe(true);
        expect(on.people.map((p) => p.name).sort()).toEqual([...PEOPLE].sort());
        await shot(popup.page, `${target.name}-site-toggle-on`);
      } finally {
        await popup.page.close();
      }
      // Injected into the open tab, no reload.
      expect(personTexts(await article.waitForHighlights(PEOPLE))).toEqual(
        expect.arrayContaining(PEOPLE),
      );

      // A new load of the site runs the registered content script by itself.
      const again = new ArticlePage(await browser.openPage(url));
      try {
        expect(personTexts(await again.waitForHighlights(PEOPLE))).toEqual(
          expect.arrayContaining(PEOPLE),
        );
        const popup2 = new PopupUi(await browser.openPopup(again.page));
        try {
          await popup2.waitFor((s) => s.siteToggle?.checked === true);
          await popup2.click('[data-testid="site-toggle"]');
          await popup2.waitFor((s) => s.siteToggle?.checked === false);
        } finally {
          await popup2.page.close();
        }
        // Off clears both open tabs of the site, without a reload.
        expect(await waitForNoHighlights(again)).toBe(0);
        expect(await waitForNoHighlights(article)).toBe(0);
      } finally {
        await again.page.close();
      }
    } finally {
      await article.page.close();
    }
  });
});
