/**
 * The whole messaging protocol in one map (name → params and reply), like Yomitan's ApiSurface.
 * Payloads are plain JSON: Chrome serialises runtime messages as JSON.
 */
import type { ImportRefusal } from './dataset-import';
import type { HeldBy } from '../lib/resolve/post-holders';
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SerializedIndex } from '../lib/create-recogniser';
import type { ArticleDate } from '../lib/date/article-date';
import type { Person } from '../lib/dataset/types';
import type { PagePerson } from '../lib/page/summarise-people';
import type { SearchEntry } from '../lib/search/people-index';
import type { TermInfo } from '../lib/lexicon/lookup-term';

export type { PagePerson };

export interface MatcherData {
  /** Dataset version, so a page can tell when its copy is stale. */
  version: string;
  asOf: string;
  /** The recogniser's index, built once here; a page rebuilds it without folding any text. */
  index: SerializedIndex;
}

export interface PageSummary {
  url: string;
  title: string;
  /** The article's date the page's people were read at, and where it came from. */
  date: ArticleDate;
  people: PagePerson[];
}

/** Reply to `importDataset`. On refusal nothing in the database has changed. */
export type ImportResult =
  | { ok: true; people: number }
  | {
      ok: false;
      /** One sentence saying why nothing was imported (English: the CLI and logs). */
      message: string;
      /** Why, for the interface to say in its language (absent from older backgrounds). */
      refusal?: ImportRefusal;
      /** The first problems (at most five), then "… and N more" when there are others. */
      problems: string[];
    };

/** Metadata of one stored dataset (the bundled one or the user's import). */
export interface DatasetSource {
  version: string;
  asOf: string;
  license: string;
  people: number;
}

/** Reply to `getDatasetInfo` and `resetDataset`: what is in effect and where it comes from. */
export interface DatasetSummary {
  /** The dataset in effect: the import's version when there is one, else the bundled one. */
  version: string;
  /** The later of the bundled and imported as-of dates. */
  asOf: string;
  /** The bundled licence, followed by the import's unless that already includes it. */
  license: string;
  /** People in effect: bundled and imported, an imported record replacing a bundled one. */
  people: number;
  bundled: DatasetSource | null;
  imported: (DatasetSource & { importedAt: string }) | null;
}

/** Reply to `whoHeld`: the first holders of a post on a date, and how many there were. */
export type { HeldBy };

interface ProtocolMap {
  /** Content script → background: what the recogniser needs to match names. */
  getMatcherData(): MatcherData;
  /** Any page → background: full records of people, in the order asked; unknown ids are left out. */
  getPeople(ids: string[]): Person[];
  /** Any page → background: people whose name folds like `name` (case and tone placement ignored). */
  findPeopleByName(name: string): Person[];
  /** Any page → background: people whose folded name starts with the folded prefix (at most 20). */
  searchPeople(prefix: string): Person[];
  /**
   * Options → background: import the text of a user's dataset file (JSON, the `Dataset` shape).
   * Refused (changing nothing) over 50 MB, when not JSON, or with schema problems; otherwise
   * it replaces any earlier import, is kept across bundled updates and wins on the same id.
   */
  importDataset(text: string): ImportResult;
  /** Options → background: the dataset in effect (bundled + imported, imported winning), as JSON. */
  exportDataset(): string;
  /** Options → background: drop the import, back to the bundled dataset alone. */
  resetDataset(): DatasetSummary;
  /** Any page → background: versions, dates, licence and counts of the datasets in effect. */
  getDatasetInfo(): DatasetSummary;
  /** Cards → background: the lexicon's entry (English, kind, dates) of each phrase, in order. */
  lookupTerms(phrases: string[]): (TermInfo | null)[];
  /**
   * Cards → background: who held a post on a date (YYYY-MM-DD): by title head and body, or by
   * the body alone (anyone holding a post in it); the first `limit` (default 5) and the total.
   */
  whoHeld(query: { title?: string; body?: string; date: string; limit?: number }): HeldBy;
  /** Popup → content script of a tab: the people found on that page. */
  getPageSummary(): PageSummary;
  /** Popup → background: every person, compact and with folded names, to search the dataset. */
  getSearchEntries(): SearchEntry[];
  /**
   * Popup → content script of a tab: scroll to the first mention of a person (by dataset id,
   * else by name as written) and flash it. False when the page has no such mention.
   */
  showMention(person: { id?: string; name: string }): boolean;
  /**
   * Popup/options → background, after the user granted the host permission: run on `host`
   * from now on (registers the content script) and, given a tab, in that tab at once.
   */
  enableSite(request: { host: string; tabId?: number }): boolean;
  /** Popup/options → background: stop running on `host` (a site the user had added). */
  disableSite(host: string): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
