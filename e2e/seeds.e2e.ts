/**
 * The two seed articles (e2e/fixtures/seed-*.html) in every browser, with the built extension:
 * highlights, hover card, popup. Expectations come from each fixture's data- attributes.
 * Screenshots go to e2e/screenshots/<browser>-<fixture>-<state>.png: look at them.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArticlePage,
  distanceToRect,
  isPersonHighlight,
  normalizeText,
  personTexts,
  termTexts,
  type FixtureExpectations,
  type HighlightSnapshot,
} from './support/article-page';
import { selectedBrowsers } from './support/browsers';
import type { BuiltManifest } from './support/extension-build';
import { PopupPage } from './support/popup-page';
import { saveScreenshot } from './support/screenshots';
import { useFixtureServer } from './support/server';
import { FIXTURES_DIR } from './support/settings';
import { SetupResult } from './support/setup-result';
import type { ExtensionBrowser } from './support/types';

/** A hover card belongs beside its name: at most this far (px) from the pointer. */
const CARD_MAX_DISTANCE = 48;

const FIXTURES = readdirSync(FIXTURES_DIR)
  .filter((file) => /^seed-.+\.html$/.test(file))
  .sort();

const fixtureServer = useFixtureServer();

describe.each(selectedBrowsers())('$name', (target) => {
  const launched = new SetupResult<ExtensionBrowser>(`launching ${target.name}`);
  const browser = () => launched.get();

  beforeAll(async () => {
    await launched.run(() => target.launch());
    const up = launched.peek();
    if (up)
      console.log(`${target.name}: browser up with the extension loaded in ${up.launchMs} ms`);
  });
  afterAll(async () => {
    await launched.peek()?.close();
  });

  it('loads the e2e build, whose content script runs on 127.0.0.1', async () => {
    const built = JSON.parse(
      await readFile(join(browser().extensionDir, 'manifest.json'), 'utf8'),
    ) as BuiltManifest;
    expect(built.content_scripts?.flatMap((script) => script.matches ?? [])).toContain(
      'http://127.0.0.1/*',
    );
    const page = await browser().openExtensionPage('popup.html');
    try {
      const running = await page.evaluate(() => {
        const api = (
          globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }
        ).chrome;
        return api.runtime.getManifest().name;
      });
      // The built name is a _locales reference (__MSG_extName__); the browser reports it
      // resolved, in its language (English here; both locales say "Ai là ai").
      const locale = JSON.parse(
        await readFile(join(browser().extensionDir, '_locales/en/messages.json'), 'utf8'),
      ) as Record<string, { message: string }>;
      const expected = built.name.replace(
        /^__MSG_(\w+)__$/,
        (_, key: string) => locale[key]!.message,
      );
      expect(running).toBe(expected);
    } finally {
      await page.close();
    }
  });

  describe.each(FIXTURES)('%s', (file) => {
    const fixture = file.replace(/\.html$/, '');
    const opened = new SetupResult<{
      article: ArticlePage;
      expected: FixtureExpectations;
      snapshot: HighlightSnapshot;
    }>(`opening ${file} in ${target.name}`);
    const ranges = (which: 'person' | 'all') =>
      opened
        .get()
        .snapshot.highlights.filter((h) => which === 'all' || isPersonHighlight(h.name))
        .flatMap((h) => h.ranges);

    beforeAll(async () => {
      await opened.run(async () => {
        const article = new ArticlePage(await browser().openPage(fixtureServer().url(file)));
        const expected = await article.expectations();
        const snapshot = await article.waitForHighlights(expected.people);
        await saveScreenshot(article.page, target.name, fixture, 'highlights');
        return { article, expected, snapshot };
      });
    });
    afterAll(async () => {
      await opened.peek()?.article.page.close();
    });

    it('highlights exactly the expected people', () => {
      const { expected, snapshot } = opened.get();
      expect(snapshot.mainWorld, 'CSS.highlights must be read from the page main world').toBe(true);
      expect(expected.people.length, 'fixture lists data-expected-people').toBeGreaterThan(0);
      expect([...new Set(personTexts(snapshot))].sort()).toEqual([...expected.people].sort());
    });

    it('highlights names and titles split over inline tags as a whole', (context) => {
      const { expected } = opened.get();
      if (expected.parts.length === 0) context.skip();
      const missing = expected.parts.filter((part) =>
        expected.people.includes(part)
          ? !ranges('person').some((r) => r.partOf.includes(part) && normalizeText(r.text) === part)
          : !ranges('all').some(
              (r) => r.partOf.includes(part) && normalizeText(r.text).includes(part),
            ),
      );
      expect(missing, 'data-part-of values without a highlight covering them whole').toEqual([]);
    });

    it('highlights the expected titles and bodies', () => {
      const { expected, snapshot } = opened.get();
      const terms = termTexts(snapshot);
      const missing = expected.terms.filter((term) => !terms.some((text) => text.includes(term)));
      expect(
        missing,
        `not within any title/body highlight (have: ${[...new Set(terms)].join(' | ')})`,
      ).toEqual([]);
    });

    it('highlights nothing inside script, textarea, input or contenteditable', (context) => {
      const { expected } = opened.get();
      if (expected.excluded.length === 0) context.skip();
      const offending = ranges('all')
        .filter((r) => r.inExcluded.length > 0)
        .map((r) => `${normalizeText(r.text)} in ${r.inExcluded.join(', ')}`);
      expect(offending).toEqual([]);
    });

    it('shows the card when hovering a person', async () => {
      const { article, expected, snapshot } = opened.get();
      const person = expected.hoverPerson;
      const point = await article.hoverPerson(person, snapshot);
      expect(point, `a person highlight "${person}" to hover`).not.toBeNull();
      const state = await article.waitForCard(person);
      await saveScreenshot(article.page, target.name, fixture, 'card');
      expect(
        state.card,
        `<ai-la-ai-card> with [data-testid="mention-card"] (hosts found: ${state.hosts})`,
      ).not.toBeNull();
      expect(state.card?.visible).toBe(true);
      expect(normalizeText(state.card?.name ?? '')).toBe(person);
      expect(normalizeText(state.card?.title ?? '')).not.toBe('');
      // The card says which date it read the page at: the article's, from its meta tag.
      const published = await article.page.evaluate(
        () =>
          document
            .querySelector('meta[property="article:published_time"]')
            ?.getAttribute('content') ?? '',
      );
      const [y, m, d] = published.slice(0, 10).split('-');
      expect(state.card?.date).toContain(`${d}/${m}/${y}`);
    });

    it('places the card next to the hovered name', async () => {
      const { article, expected, snapshot } = opened.get();
      const point = await article.hoverPerson(expected.hoverPerson, snapshot);
      const state = await article.waitForCard(expected.hoverPerson);
      if (!point || !state.card) throw new Error('no card to place (see the test above)');
      const distance = distanceToRect(point, state.card.rect);
      expect(
        distance,
        `card at ${JSON.stringify(state.card.rect)}, pointer at ${JSON.stringify(point)}`,
      ).toBeLessThanOrEqual(CARD_MAX_DISTANCE);
    });

    it('leaves the page text and form values unchanged', async () => {
      const text = await opened.get().article.textSnapshot();
      expect(text.liveText, 'body.textContent, byte for byte').toBe(text.originalText);
      expect(text.liveValues).toEqual(text.originalValues);
    });

    it('adds no markup to the page other than its own ai-la-ai-* elements', async () => {
      const text = await opened.get().article.textSnapshot();
      expect(text.liveMarkup).toBe(text.originalMarkup);
    });

    it("lists the page's people in the popup", async () => {
      const { article, expected } = opened.get();
      const popup = new PopupPage(await browser().openPopup(article.page));
      try {
        const names = await popup.waitForPeople(expected.people);
        await saveScreenshot(popup.page, target.name, fixture, 'popup');
        expect(names).toEqual(expect.arrayContaining(expected.people));
      } finally {
        await popup.page.close();
      }
    });
  });
});
