/**
 * Content added after load is annotated too (dom/watch-page-changes.ts): a page whose article
 * body arrives in two steps after load, in every browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePage, personTexts } from './support/article-page';
import { selectedBrowsers } from './support/browsers';
import { useFixtureServer } from './support/server';
import { SetupResult } from './support/setup-result';
import type { ExtensionBrowser } from './support/types';

const fixtureServer = useFixtureServer();

describe.each(selectedBrowsers())('$name', (target) => {
  const launched = new SetupResult<ExtensionBrowser>(`launching ${target.name}`);

  beforeAll(async () => {
    await launched.run(() => target.launch());
  });
  afterAll(async () => {
    await launched.peek()?.close();
  });

  it('highlights people in paragraphs added after the page loaded', async () => {
    const article = new ArticlePage(
      await launched.get().openPage(fixtureServer().url('late-content.html')),
    );
    try {
      const expected = await article.expectations();
      const snapshot = await article.waitForHighlights(expected.people);
      expect([...new Set(personTexts(snapshot))].sort()).toEqual([...expected.people].sort());
    } finally {
      await article.page.close();
    }
  });
});
