import { normalizeText } from './article-page';
import { poll } from './poll';
import type { BrowserPage } from './types';

/** The popup (opened as a tab): the people found on the most recently active web tab. */
export class PopupPage {
  constructor(readonly page: BrowserPage) {}

  async peopleNames(): Promise<string[]> {
    const names = await this.page.evaluate(() =>
      Array.from(
        document.querySelectorAll('[data-testid="page-people"] [data-testid="person-name"]'),
        (el) => el.textContent ?? '',
      ),
    );
    return names.map(normalizeText);
  }

  /** Polls until every expected name is listed (or `timeoutMs`); returns the last list seen. */
  async waitForPeople(expected: readonly string[], timeoutMs = 5_000): Promise<string[]> {
    return poll(
      () => this.peopleNames(),
      (names) => expected.every((name) => names.includes(name)),
      { timeoutMs },
    );
  }
}
