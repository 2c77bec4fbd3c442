/**
 * The popup in every browser, on e2e/fixtures/popup-article.html (an article of 2019, Party
 * term XII): the people of the page in rank order with their mention counts, jump to a
 * mention far down the page, search across the whole dataset (diacritics and case ignored),
 * a profile with its timeline, and no serious or critical axe-core violation.
 * Screenshots: e2e/screenshots/<browser>-popup-{list,search,profile}.png and
 * <browser>-popup-article-jump.png (look at them).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePage, normalizeText } from './support/article-page';
import { selectedBrowsers } from './support/browsers';
import { poll } from './support/poll';
import { PopupUi, seriousAxeViolations } from './support/popup-ui';
import { useFixtureServer } from './support/server';
import { SCREENSHOTS_DIR } from './support/settings';
import { SetupResult } from './support/setup-result';
import type { BrowserPage, ExtensionBrowser } from './support/types';

const FIXTURE = 'popup-article.html';
const fixtureServer = useFixtureServer();

async function shot(page: BrowserPage, name: string): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot(join(SCREENSHOTS_DIR, `${name}.png`));
}

describe.each(selectedBrowsers())('popup in $name', (target) => {
  const launched = new SetupResult<{
    browser: ExtensionBrowser;
    article: ArticlePage;
    order: string[];
    jumpPerson: string;
  }>(`launching ${target.name} with ${FIXTURE}`);

  beforeAll(async () => {
    await launched.run(async () => {
      const browser = await target.launch();
      const page = await browser.openPage(fixtureServer().url(FIXTURE));
      const article = new ArticlePage(page);
      const { order, jumpPerson, people } = await page.evaluate(() => ({
        order: (document.body.dataset.popupOrder ?? '').split(';'),
        jumpPerson: document.body.dataset.jumpPerson ?? '',
        people: (document.body.dataset.expectedPeople ?? '').split(';'),
      }));
      await article.waitForHighlights(people);
      return { browser, article, order, jumpPerson };
    });
  });
  afterAll(async () => {
    await launched.peek()?.browser.close();
  });

  const openPopup = async () => {
    const { browser, article } = launched.get();
    return new PopupUi(await browser.openPopup(article.page));
  };

  it('lists the people of the page by rank, then mentions, with their counts', async () => {
    const { order } = launched.get();
    const popup = await openPopup();
    try {
      const seen = await popup.waitFor((s) => s.people.length >= order.length);
      expect(seen.people.map((p) => p.name)).toEqual(order);
      // Phạm Bình Minh ×3 and Phạm Minh Chính ×1 (Politburo XII) before Lê Minh Hưng ×2
      // (Central Committee XII): rank first, then mentions.
      expect(seen.people.map((p) => p.count)).toEqual(['3×', '1×', '2×']);
      expect(seen.siteToggle?.checked).toBe(true);
      await shot(popup.page, `${target.name}-popup-list`);
    } finally {
      await popup.page.close();
    }
  });

  it('scrolls the page to the first mention and flashes it', async () => {
    const { article, jumpPerson } = launched.get();
    await article.page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup();
    try {
      await popup.waitFor((s) => s.people.some((p) => normalizeText(p.name) === jumpPerson));
      await popup.click('[data-testid="jump-to-mention"]', jumpPerson);
      const seen = await poll(
        () =>
          article.page.evaluate(() => {
            const target = document.getElementById('far-mention')!.getBoundingClientRect();
            const flash = CSS.highlights.get('ai-la-ai-flash');
            const texts: string[] = [];
            flash?.forEach((r) => {
              texts.push((r as Range).toString());
            });
            return {
              scrollY: window.scrollY,
              inView: target.top >= 0 && target.bottom <= window.innerHeight,
              flashed: texts,
            };
          }),
        (s) => s.inView && s.flashed.length > 0,
        { timeoutMs: 5_000, intervalMs: 50 },
      );
      expect(seen.scrollY).toBeGreaterThan(0);
      expect(seen.inView).toBe(true);
      expect(seen.flashed.map(normalizeText)).toEqual([jumpPerson]);
      await article.page.bringToFront();
      await shot(article.page, `${target.name}-popup-article-jump`);
    } finally {
      await popup.page.close();
    }
  });

  it.each(['pham binh minh', 'Pham Binh Minh', 'phạm bình minh'])(
    'finds Phạm Bình Minh in the whole dataset from "%s"',
    async (query) => {
      const popup = await openPopup();
      try {
        await popup.search(query);
        const seen = await popup.waitFor((s) => s.results.length > 0);
        expect(seen.results[0]).toBe('Phạm Bình Minh');
      } finally {
        await popup.page.close();
      }
    },
  );

  it('finds people who are not on the page and opens their profile with the timeline', async () => {
    const popup = await openPopup();
    try {
      await popup.search('to lam');
      const found = await popup.waitFor((s) => s.results.includes('Tô Lâm'));
      expect(found.results[0]).toBe('Tô Lâm');
      await shot(popup.page, `${target.name}-popup-search`);
      await popup.click('[data-testid="search-result"]', 'Tô Lâm');
      const profile = await popup.waitFor((s) => s.profile !== null);
      expect(normalizeText(profile.profile?.name ?? '')).toBe('Tô Lâm');
      expect(profile.profile?.timeline).toBeGreaterThan(5);
      await shot(popup.page, `${target.name}-popup-profile`);
      await popup.click('[data-testid="profile-back"]');
      const back = await popup.waitFor((s) => s.profile === null);
      expect(back.results[0]).toBe('Tô Lâm');
    } finally {
      await popup.page.close();
    }
  });

  it('has no serious or critical axe-core violation (list, search, profile)', async () => {
    const popup = await openPopup();
    try {
      await popup.waitFor((s) => s.people.length > 0);
      expect(await seriousAxeViolations(popup.page)).toEqual([]);
      await popup.search('pham');
      await popup.waitFor((s) => s.results.length > 0);
      expect(await seriousAxeViolations(popup.page)).toEqual([]);
      await popup.click('[data-testid="search-result"]');
      await popup.waitFor((s) => s.profile !== null);
      expect(await seriousAxeViolations(popup.page)).toEqual([]);
    } finally {
      await popup.page.close();
    }
  });
});
