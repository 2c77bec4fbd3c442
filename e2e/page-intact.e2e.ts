/**
 * A page with scripts of its own (e2e/fixtures/page-scripts.html): click handlers on elements
 * around names, a ticking clock, and a widget that re-renders whenever anything inside it
 * changes. In both modes the handlers still fire on real clicks, the page's text is intact,
 * and the extension never fights the widget in a loop; leaving accessible mode restores the
 * page's markup exactly. In every browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePage, personTexts } from './support/article-page';
import { selectedBrowsers } from './support/browsers';
import { readMarks, waitForNoCard, writeSettings, MENTION_TAG } from './support/card-page';
import { poll, sleep } from './support/poll';
import { useFixtureServer } from './support/server';
import { SetupResult } from './support/setup-result';
import type { BrowserPage, ExtensionBrowser } from './support/types';

const fixtureServer = useFixtureServer();

interface FixtureState {
  clicks: string[];
  renders: number;
  widget: string;
  /** The article's markup with the clock's digits left out. */
  markup: string;
  text: string;
  wrappedInLead: number;
}

function readState(page: BrowserPage): Promise<FixtureState> {
  return page.evaluate((tag) => {
    const fixture = (window as unknown as { aiLaAiFixture: { clicks: string[]; renders: number } })
      .aiLaAiFixture;
    const article = document.querySelector('article')!.cloneNode(true) as HTMLElement;
    article.querySelector('#clock')!.textContent = '';
    return {
      clicks: [...fixture.clicks],
      renders: fixture.renders,
      widget: document.getElementById('widget')?.textContent ?? '',
      markup: article.innerHTML,
      text: article.textContent ?? '',
      wrappedInLead: document.querySelectorAll(`#lead ${tag}`).length,
    };
  }, MENTION_TAG);
}

/**
 * Clicks the middle of an element with the real mouse; returns the page's click log after.
 * The pointer first goes to a corner until no card is open: a card left open by an earlier
 * click sits over the following lines, as it would for a reader.
 */
async function clickElement(page: BrowserPage, selector: string): Promise<string[]> {
  await page.mouseMove(8, 792);
  await waitForNoCard(page);
  await page.evaluate(() => {
    (window as unknown as { aiLaAiFixture: { clicks: string[] } }).aiLaAiFixture.clicks = [];
  });
  const box = await page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, selector);
  await page.mouseClick(box.x, box.y);
  await sleep(100);
  return (await readState(page)).clicks;
}

describe.each(selectedBrowsers())('$name', (target) => {
  const launched = new SetupResult<ExtensionBrowser>(`launching ${target.name}`);
  const opened = new SetupResult<{ article: ArticlePage; before: FixtureState }>(
    `opening page-scripts.html in ${target.name}`,
  );

  beforeAll(async () => {
    await launched.run(() => target.launch());
    await opened.run(async () => {
      await writeSettings(launched.get(), null);
      const article = new ArticlePage(
        await launched.get().openPage(fixtureServer().url('page-scripts.html')),
      );
      const expected = await article.expectations();
      await article.waitForHighlights(expected.people);
      return { article, before: await readState(article.page) };
    });
  });
  afterAll(async () => {
    await opened.peek()?.article.page.close();
    const browser = launched.peek();
    if (browser) await writeSettings(browser, null).catch(() => {});
    await browser?.close();
  });

  it("highlight mode: real clicks on highlighted names reach the page's handlers", async () => {
    const { article } = opened.get();
    expect(await clickElement(article.page, '#name')).toEqual(['name', 'lead']);
    expect(await clickElement(article.page, '#link')).toEqual(['link']);
  });

  it('highlight mode: leaves the self-rendering widget alone, its names highlighted', async () => {
    const { article, before } = opened.get();
    await sleep(2_500);
    const state = await readState(article.page);
    expect(state.renders, 'the widget rendered once, at load').toBe(1);
    expect(state.markup).toBe(before.markup);
    const people = personTexts(await article.readHighlights());
    // Once in the lead, once in the widget's view.
    expect(people.filter((p) => p === 'Phạm Bình Minh')).toHaveLength(2);
  });

  it('accessible mode: no loop with the widget, handlers still fire, text intact', async () => {
    const { article, before } = opened.get();
    await writeSettings(launched.get(), { highlightMode: 'accessible' });
    await article.page.bringToFront();
    const wrapped = await poll(
      () => readState(article.page),
      (s) => s.wrappedInLead > 0,
      { timeoutMs: 5_000 },
    );
    expect(wrapped.wrappedInLead, 'mentions in the lead wrapped').toBeGreaterThan(0);
    // Long enough for several of the extension's re-reads (debounced, ≤ 2 s apart here).
    await sleep(5_000);
    const first = await readState(article.page);
    await sleep(4_000);
    const later = await readState(article.page);
    expect(later.renders, 'the widget stopped re-rendering').toBe(first.renders);
    expect(first.renders, 'a few rounds at most').toBeLessThanOrEqual(4);
    expect(later.widget).toBe(before.widget);
    expect(later.text, "the article's text").toBe(before.text);
    expect(later.wrappedInLead, 'the lead still wrapped').toBeGreaterThan(0);
    // The widget's names, no longer wrapped there, are still shown by highlights.
    expect(personTexts(await article.readHighlights())).toContain('Phạm Bình Minh');
    expect(await clickElement(article.page, `#name ${MENTION_TAG}`)).toEqual(['name', 'lead']);
  });

  it('back to highlights: the markup is exactly as before', async () => {
    const { article, before } = opened.get();
    await writeSettings(launched.get(), { highlightMode: 'highlight' });
    await article.page.bringToFront();
    await poll(
      () => readMarks(article.page),
      (m) => m.elements.length === 0,
      { timeoutMs: 5_000 },
    );
    const after = await readState(article.page);
    expect(after.markup).toBe(before.markup);
    expect(await clickElement(article.page, '#name')).toEqual(['name', 'lead']);
  });
});
