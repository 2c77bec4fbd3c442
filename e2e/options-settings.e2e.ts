/**
 * The options page's settings take effect on open pages without a reload, in every browser:
 * the kinds to highlight, the highlight mode, the language (of the options page itself and of
 * the popup), and the sites (a site added in the options runs on its pages; switched off, its
 * open page clears). axe-core finds no serious or critical violation on the options page.
 * Screenshots: e2e/screenshots/<browser>-options-{vi,en}.png (look at them).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePage, personTexts, type HighlightSnapshot } from './support/article-page';
import { selectedBrowsers } from './support/browsers';
import { poll } from './support/poll';
import { PopupUi, seriousAxeViolations } from './support/popup-ui';
import { useFixtureServer } from './support/server';
import { SCREENSHOTS_DIR } from './support/settings';
import { SetupResult } from './support/setup-result';
import type { BrowserPage, ExtensionBrowser } from './support/types';

const FIXTURE = 'popup-article.html';
const PEOPLE = ['Phạm Bình Minh', 'Lê Minh Hưng', 'Phạm Minh Chính'];
const fixtureServer = useFixtureServer();

const rangesOf = (snapshot: HighlightSnapshot, name: string) =>
  snapshot.highlights.filter((h) => h.name === name).reduce((n, h) => n + h.ranges.length, 0);

/** The options page (as a tab), driven through its controls. */
class OptionsUi extends PopupUi {
  heading(): Promise<string> {
    return this.page.evaluate(() => document.querySelector('h1')?.textContent ?? '');
  }

  waitForHeading(text: string): Promise<string> {
    return poll(
      () => this.heading(),
      (h) => h === text,
      { timeoutMs: 5_000 },
    );
  }

  checked(testId: string): Promise<boolean | null> {
    return this.page.evaluate(
      (id) => document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)?.checked ?? null,
      testId,
    );
  }

  /** Types a host into "Add a site" (the submit needs a real click: it asks for permission). */
  typeSite(host: string): Promise<void> {
    return this.page.evaluate((host) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="add-site-input"]');
      if (!input) throw new Error('no add-site input');
      input.value = host;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, host);
  }
}

async function shot(page: BrowserPage, name: string): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot(join(SCREENSHOTS_DIR, `${name}.png`));
}

describe.each(selectedBrowsers())('options in $name', (target) => {
  const launched = new SetupResult<{ browser: ExtensionBrowser; options: OptionsUi }>(
    `launching ${target.name}`,
  );
  beforeAll(async () => {
    await launched.run(async () => {
      const browser = await target.launch();
      const options = new OptionsUi(await browser.openExtensionPage('options.html'));
      return { browser, options };
    });
  });
  afterAll(async () => {
    await launched.peek()?.browser.close();
  });

  it('switches its own language and the popup’s at once', async () => {
    const { browser, options } = launched.get();
    await options.click('[data-testid="language-vi"]');
    expect(await options.waitForHeading('Ai là ai — Tùy chọn')).toBe('Ai là ai — Tùy chọn');
    await shot(options.page, `${target.name}-options-vi`);
    expect(await seriousAxeViolations(options.page)).toEqual([]);

    await options.click('[data-testid="language-en"]');
    expect(await options.waitForHeading('Ai là ai — Options')).toBe('Ai là ai — Options');
    await shot(options.page, `${target.name}-options-en`);
    expect(await seriousAxeViolations(options.page)).toEqual([]);

    const article = await browser.openPage(fixtureServer().url(FIXTURE));
    try {
      const popup = new PopupUi(await browser.openPopup(article));
      try {
        expect((await popup.waitFor((s) => s.heading !== '')).heading).toBe('On this page');
        await options.click('[data-testid="language-vi"]');
        // The open popup follows too.
        expect((await popup.waitFor((s) => s.heading === 'Trên trang này')).lang).toBe('vi');
      } finally {
        await popup.page.close();
      }
    } finally {
      await article.close();
    }
  });

  it('turns a kind of highlight off and on, and the highlight mode, on an open page', async () => {
    const { browser, options } = launched.get();
    const article = new ArticlePage(await browser.openPage(fixtureServer().url(FIXTURE)));
    try {
      const start = await article.waitForHighlights(PEOPLE);
      expect(rangesOf(start, 'ai-la-ai-title')).toBeGreaterThan(0);

      await options.click('[data-testid="kind-title"]');
      expect(await options.checked('kind-title')).toBe(false);
      const noTitles = await poll(
        () => article.readHighlights(),
        (s) => rangesOf(s, 'ai-la-ai-title') === 0,
        { timeoutMs: 5_000 },
      );
      expect(rangesOf(noTitles, 'ai-la-ai-title')).toBe(0);
      expect(personTexts(noTitles)).toEqual(expect.arrayContaining(PEOPLE));

      await options.click('[data-testid="kind-title"]');
      const titles = await poll(
        () => article.readHighlights(),
        (s) => rangesOf(s, 'ai-la-ai-title') > 0,
        { timeoutMs: 5_000 },
      );
      expect(rangesOf(titles, 'ai-la-ai-title')).toBe(rangesOf(start, 'ai-la-ai-title'));

      // Accessible mode: mentions become elements the keyboard reaches; back: none left.
      const elements = () =>
        article.page.evaluate(() => document.querySelectorAll('ai-la-ai-mention').length);
      await options.click('[data-testid="mode-accessible"]');
      expect(await poll(elements, (n) => n > 0, { timeoutMs: 5_000 })).toBeGreaterThan(0);
      await options.click('[data-testid="mode-highlight"]');
      expect(await poll(elements, (n) => n === 0, { timeoutMs: 5_000 })).toBe(0);
      expect(personTexts(await article.waitForHighlights(PEOPLE))).toEqual(
        expect.arrayContaining(PEOPLE),
      );
    } finally {
      await article.page.close();
    }
  });

  it('adds a site that then runs by itself, and switches it off on an open page', async () => {
    const { browser, options } = launched.get();
    await options.typeSite('localhost');
    await options.mouseClick('[data-testid="add-site-button"]');
    expect(
      await poll(
        () => options.checked('site-switch-localhost'),
        (on) => on === true,
        { timeoutMs: 5_000 },
      ),
    ).toBe(true);

    const url = fixtureServer().url(FIXTURE).replace('//127.0.0.1:', '//localhost:');
    const article = new ArticlePage(await browser.openPage(url));
    try {
      expect(personTexts(await article.waitForHighlights(PEOPLE))).toEqual(
        expect.arrayContaining(PEOPLE),
      );
      await options.click('[data-testid="site-switch-localhost"]');
      const cleared = await poll(
        () => article.readHighlights(),
        (s) => s.highlights.length === 0,
        { timeoutMs: 5_000 },
      );
      expect(cleared.highlights).toEqual([]);
    } finally {
      await article.page.close();
    }
  });
});
