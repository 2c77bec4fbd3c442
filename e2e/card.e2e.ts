/**
 * The hover card in every browser, on the seed article of 25/02/2016 (Phạm Bình Minh, then
 * Deputy Prime Minister and Minister of Foreign Affairs): timing like Wikipedia's previews,
 * what a person, title and body card say, the English toggle, flipping at the viewport's
 * edge, Esc, and axe-core on the open card. Highlight contrast is measured on a light and a
 * dark page from screenshots. Screenshots: e2e/screenshots/<browser>-card-*.png (look at them).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArticlePage,
  isPersonHighlight,
  normalizeText,
  type HighlightSnapshot,
} from './support/article-page';
import { selectedBrowsers } from './support/browsers';
import {
  axeOnCard,
  clickInCard,
  type CardContent,
  hoverHighlight,
  readCardContent,
  saveNamedScreenshot,
  waitForCardContent,
  waitForNoCard,
  writeSettings,
} from './support/card-page';
import { decodePng, luminance, textContrast } from './support/png';
import { sleep } from './support/poll';
import { useFixtureServer } from './support/server';
import { VIEWPORT } from './support/settings';
import { SetupResult } from './support/setup-result';
import type { ExtensionBrowser } from './support/types';

const PERSON = 'Phạm Bình Minh';
const FAR_AWAY = { x: 8, y: VIEWPORT.height - 8 };

const fixtureServer = useFixtureServer();

describe.each(selectedBrowsers())('$name', (target) => {
  const launched = new SetupResult<ExtensionBrowser>(`launching ${target.name}`);
  const opened = new SetupResult<{ article: ArticlePage; snapshot: HighlightSnapshot }>(
    `opening the seed article in ${target.name}`,
  );

  beforeAll(async () => {
    await launched.run(() => target.launch());
    await opened.run(async () => {
      // The card's language follows the settings: Vietnamese, whatever the browser's.
      await writeSettings(launched.get(), { language: 'vi', cardEnglish: false });
      const article = new ArticlePage(
        await launched.get().openPage(fixtureServer().url('seed-vietnamplus.html')),
      );
      const snapshot = await article.waitForHighlights([PERSON, 'Hoàng Bình Quân']);
      return { article, snapshot };
    });
  });
  afterAll(async () => {
    await opened.peek()?.article.page.close();
    const browser = launched.peek();
    if (browser) await writeSettings(browser, null).catch(() => {});
    await browser?.close();
  });

  /** Hovers the person and waits for the card with everything the background adds. */
  const openPersonCard = async () => {
    const { article, snapshot } = opened.get();
    await article.page.mouseMove(FAR_AWAY.x, FAR_AWAY.y);
    await waitForNoCard(article.page);
    const point = await article.hoverPerson(PERSON, snapshot);
    expect(point, `a highlight of ${PERSON} to hover`).not.toBeNull();
    const card = await waitForCardContent(
      article.page,
      (c) =>
        normalizeText(c.parts['card-name'] ?? '') === PERSON &&
        (c.parts['card-post-on-date'] ?? '') !== '' &&
        /\d{2}\/\d{2}\/\d{4}/.test(c.parts['card-sources'] ?? ''),
    );
    return { point: point!, card };
  };

  it("shows a person's post on the article's date, post now, rank, career and sources", async () => {
    const { card } = await openPersonCard();
    await saveNamedScreenshot(opened.get().article.page, target.name, 'card-person');
    expect(card, 'a card with the details from the background').not.toBeNull();
    const parts = card!.parts;
    expect(card!.kind).toBe('person');
    expect(parts['card-facts']).toContain('Sinh năm 1959');
    expect(parts['card-title']).toContain('Phó Thủ tướng');
    // 25/02/2016: Deputy Prime Minister and Minister of Foreign Affairs.
    expect(parts['card-post-on-date']).toContain('Chức vụ ngày 25/02/2016');
    expect(parts['card-post-on-date']).toContain('Phó Thủ tướng Chính phủ');
    expect(parts['card-post-on-date']).toContain('Bộ trưởng Bộ Ngoại giao');
    expect(parts['card-post-now']).toBeDefined();
    expect(parts['card-party-rank']).toMatch(/Ủy viên Bộ Chính trị · khóa XII/);
    expect(parts['career-timeline']).toMatch(/\d{4}–\d{4}/);
    expect(parts['card-sources']).toContain('Wikipedia tiếng Việt (CC BY-SA)');
    expect(parts['card-sources']).toMatch(/dữ liệu đến \d{2}\/\d{2}\/\d{4}/);
    expect(parts['card-date']).toBe('Theo ngày bài báo 25/02/2016');
  });

  it('does not open for a pointer that only passes over a name', async () => {
    const { article, snapshot } = opened.get();
    await article.page.mouseMove(FAR_AWAY.x, FAR_AWAY.y);
    await waitForNoCard(article.page);
    const point = await article.hoverPerson(PERSON, snapshot);
    // Straight on: the pointer leaves the name before the ~300 ms rest that opens a card.
    await article.page.mouseMove(FAR_AWAY.x, FAR_AWAY.y);
    await sleep(1_000);
    expect(point).not.toBeNull();
    expect((await readCardContent(article.page))?.visible ?? false).toBe(false);
  });

  it('stays open while the pointer moves into the card, and closes once it leaves', async () => {
    const { article } = opened.get();
    const { point, card } = await openPersonCard();
    expect(card).not.toBeNull();
    // Over the gap between the name and the card, then well inside the card.
    const inside = { x: card!.rect.x + card!.rect.width / 2, y: card!.rect.y + 40 };
    for (let step = 1; step <= 4; step++) {
      await article.page.mouseMove(
        point.x + ((inside.x - point.x) * step) / 4,
        point.y + ((inside.y - point.y) * step) / 4,
      );
      await sleep(40);
    }
    await sleep(1_000);
    expect((await readCardContent(article.page))?.visible, 'open with the pointer on it').toBe(
      true,
    );
    await article.page.mouseMove(FAR_AWAY.x, FAR_AWAY.y);
    expect(await waitForNoCard(article.page), 'closed after the pointer left').toBe(false);
  });

  it('closes on Escape', async () => {
    const { article } = opened.get();
    const { card } = await openPersonCard();
    expect(card).not.toBeNull();
    await article.page.press('Escape');
    expect(await waitForNoCard(article.page)).toBe(false);
  });

  it('shows the English of every title and body when its toggle is pressed, and keeps it', async () => {
    const { article } = opened.get();
    const { card } = await openPersonCard();
    expect(card?.parts['card-english']).toBeUndefined();
    expect(await clickInCard(article.page, 'card-english-toggle')).toBe(true);
    const english = await waitForCardContent(article.page, (c) => !!c.parts['card-english']);
    await saveNamedScreenshot(article.page, target.name, 'card-person-english');
    expect(english?.parts['card-post-on-date']).toMatch(/Deputy Prime Minister/);
    expect(english?.parts['card-post-on-date']).toMatch(/Foreign Affairs/);
    // The choice is the reader's setting: stored, so every page follows it.
    const stored = await writeSettings(launched.get(), {});
    expect(stored.cardEnglish).toBe(true);
    await writeSettings(launched.get(), { cardEnglish: false });
    // The settings were written from a tab of their own: the article is the reader's tab again.
    await article.page.bringToFront();
  });

  it('axe-core finds no serious or critical violation on an open person card', async () => {
    const { card } = await openPersonCard();
    expect(card).not.toBeNull();
    const violations = await axeOnCard(opened.get().article.page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it("shows a body's English and who held posts in it on the article's date", async () => {
    const { article, snapshot } = opened.get();
    await article.page.mouseMove(FAR_AWAY.x, FAR_AWAY.y);
    await waitForNoCard(article.page);
    const point = await hoverHighlight(article, snapshot, 'ai-la-ai-body', 'Bộ Ngoại giao');
    expect(point, 'a body highlight "Bộ Ngoại giao"').not.toBeNull();
    const card = await waitForCardContent(
      article.page,
      (c) => c.kind === 'body' && (c.parts['card-holders'] ?? '').includes(PERSON),
    );
    await saveNamedScreenshot(article.page, target.name, 'card-body');
    expect(card?.parts['card-name']).toBe('Bộ Ngoại giao');
    expect(card?.parts['card-translation']).toMatch(/Foreign Affairs/);
    // The minister first, before his deputies.
    expect(card?.parts['card-holders']).toMatch(/^Lãnh đạo ngày 25\/02\/2016Phạm Bình Minh/);
    const violations = await axeOnCard(article.page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it("shows a title's English and who held it on the article's date", async () => {
    const { article, snapshot } = opened.get();
    await article.page.mouseMove(FAR_AWAY.x, FAR_AWAY.y);
    await waitForNoCard(article.page);
    const point = await hoverHighlight(article, snapshot, 'ai-la-ai-title', 'Phó Thủ tướng');
    expect(point, 'a title highlight "Phó Thủ tướng"').not.toBeNull();
    const card = await waitForCardContent(
      article.page,
      (c) => c.kind === 'title' && (c.parts['card-holders'] ?? '').includes(PERSON),
    );
    expect(card?.parts['card-translation']).toBe('Deputy Prime Minister');
    expect(card?.parts['card-holders']).toContain('Người giữ chức ngày 25/02/2016');
  });

  it('flips above a name near the bottom of the viewport', async () => {
    const { article, snapshot } = opened.get();
    await article.page.mouseMove(FAR_AWAY.x, FAR_AWAY.y);
    await waitForNoCard(article.page);
    // The lowest person on the page, scrolled to 50 px above the viewport's bottom edge.
    const rect = snapshot.highlights
      .filter((h) => isPersonHighlight(h.name))
      .flatMap((h) => h.ranges.filter((r) => normalizeText(r.text) === PERSON))
      .flatMap((r) => r.rects)
      .sort((a, b) => b.y - a.y)[0]!;
    const scrollY = await article.page.evaluate(
      (top) => {
        window.scrollTo(0, top);
        return window.scrollY;
      },
      rect.y - (VIEWPORT.height - 50),
    );
    const point = { x: rect.x + rect.width / 2, y: rect.y - scrollY + rect.height / 2 };
    expect(point.y, 'the name near the bottom edge').toBeGreaterThan(VIEWPORT.height - 120);
    for (const dx of [-40, -20, 0]) {
      await article.page.mouseMove(point.x + dx, point.y);
      await sleep(40);
    }
    const card = await waitForCardContent(article.page, (c) => !!c.parts['card-post-on-date']);
    await saveNamedScreenshot(article.page, target.name, 'card-flipped');
    expect(card).not.toBeNull();
    expect(card!.rect.y + card!.rect.height, 'card above the name').toBeLessThanOrEqual(point.y);
    expect(card!.rect.y, 'card inside the viewport').toBeGreaterThanOrEqual(0);
  });

  /** Opens a fixture in a new tab, hovers a person highlight, returns the loaded card. */
  const cardOn = async (file: string, name: string, ready: (c: CardContent) => boolean) => {
    const page = await launched.get().openPage(fixtureServer().url(file));
    const article = new ArticlePage(page);
    const expected = await article.expectations();
    const snapshot = await article.waitForHighlights(expected.people);
    const highlight = snapshot.highlights.find(
      (h) => isPersonHighlight(h.name) && h.ranges.some((r) => normalizeText(r.text) === name),
    );
    const point = highlight && (await hoverHighlight(article, snapshot, highlight.name, name));
    expect(point, `a person highlight "${name}" to hover`).toBeTruthy();
    return { page, card: await waitForCardContent(page, ready) };
  };

  it('shows the title read from the page for a titled person not in the dataset', async () => {
    const { page, card } = await cardOn('dark-article.html', 'Nguyễn Văn Tèo', (c) =>
      c.text.includes('Theo ngày'),
    );
    try {
      expect(card?.kind).toBe('person-unlinked');
      expect(card?.parts['card-title']).toBe('Thứ trưởng Bộ Ngoại giao');
      expect(card?.text).toContain('Tên này không có trong dữ liệu');
    } finally {
      await page.close();
    }
  });

  it('for a shared name, shows the others and why this one was chosen', async () => {
    const { page, card } = await cardOn(
      'homonym-article.html',
      'Lê Thanh Hải',
      (c) => !!c.parts['card-homonyms'] && !!c.parts['card-post-on-date'],
    );
    try {
      await saveNamedScreenshot(page, target.name, 'card-homonym');
      expect(card?.parts['card-homonyms']).toContain('2 người trùng tên');
      expect(card?.parts['card-homonym-reason']).toBe(
        'Chọn theo chức danh, cơ quan ghi quanh tên và ngày bài báo.',
      );
      expect(card?.parts['card-post-on-date']).toContain('Thành ủy');
    } finally {
      await page.close();
    }
  });

  it('for a shared name with no title, says it took the only one holding a post then', async () => {
    const { page, card } = await cardOn('homonym-article.html', 'Nguyễn Anh Tuấn', (c) =>
      (c.parts['card-homonyms'] ?? '').includes('('),
    );
    try {
      expect(card?.kind).toBe('person');
      expect(card?.parts['card-homonyms']).toMatch(/^\d người trùng tên/);
      expect(card?.parts['card-homonym-reason']).toBe(
        'Chọn vì là người duy nhất giữ chức vụ vào ngày bài báo.',
      );
      expect(card?.parts['card-homonyms']).toMatch(/Nguyễn Anh Tuấn \(\d{4}\)/);
    } finally {
      await page.close();
    }
  });

  it('is dark in a dark system theme, and still passes axe-core', async (context) => {
    const page = await launched.get().openPage(fixtureServer().url('dark-article.html'));
    try {
      // Only Chromium's driver emulates the system theme here (WebDriver BiDi cannot).
      if (!page.colorScheme) context.skip();
      await page.colorScheme!('dark');
      const article = new ArticlePage(page);
      const snapshot = await article.waitForHighlights([PERSON]);
      await article.hoverPerson(PERSON, snapshot);
      const card = await waitForCardContent(page, (c) => !!c.parts['card-post-on-date']);
      await saveNamedScreenshot(page, target.name, 'card-dark');
      expect(card).not.toBeNull();
      const background = await page.evaluate((hostName) => {
        const el = document.querySelector(hostName)!.shadowRoot!.querySelector('.card')!;
        return getComputedStyle(el).backgroundColor;
      }, 'ai-la-ai-card');
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      expect(luminance([r!, g!, b!]), `card background ${background}`).toBeLessThan(0.05);
      const violations = await axeOnCard(page);
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
        [],
      );
    } finally {
      await page.close();
    }
  });

  describe.each([
    ['seed-vietnamplus.html', 'light'],
    ['dark-article.html', 'dark'],
  ])('highlights on %s (%s page)', (file, theme) => {
    it('keep each kind readable: text contrast 4.5:1 or more', async () => {
      const page = await launched.get().openPage(fixtureServer().url(file));
      try {
        const article = new ArticlePage(page);
        const expected = await article.expectations();
        const snapshot = await article.waitForHighlights(expected.people);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.mouseMove(FAR_AWAY.x, FAR_AWAY.y);
        const shot = await saveNamedScreenshot(page, target.name, `highlights-${theme}`);
        const pixels = decodePng(await readFile(shot));
        const measured = snapshot.highlights.map((h) => {
          const box = h.ranges
            .flatMap((r) => r.rects)
            .find((r) => r.width > 20 && r.y + r.height < VIEWPORT.height)!;
          return { name: h.name, ...textContrast(pixels, box) };
        });
        if (theme === 'dark') {
          expect(measured.map((m) => m.name).sort()).toEqual([
            'ai-la-ai-body',
            'ai-la-ai-person',
            'ai-la-ai-person-unlinked',
            'ai-la-ai-title',
          ]);
        }
        for (const m of measured) {
          expect(m.ratio, `${m.name}: text ${m.text} on ${m.background}`).toBeGreaterThanOrEqual(
            4.5,
          );
        }
      } finally {
        await page.close();
      }
    });
  });
});
