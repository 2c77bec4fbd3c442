/**
 * Background handlers for the popup and the options page: the compact people list the popup
 * searches, and the per-site switch for sites the user adds (utils/site-scripts.ts).
 */
import { browser } from 'wxt/browser';
import { searchEntriesOf } from '../lib/search/search-entries';
import type { SearchEntry } from '../lib/search/people-index';
import { datasetInfo, openDatabase } from './database';
import { onMessage, sendMessage } from './messages';
import type { PeopleService } from './people-service';
import { getSettings, watchSettings } from './settings';
import { SiteScripts } from './site-scripts';

export function registerPopupServices(people: PeopleService): void {
  // Folded once per dataset in effect: an import, a reset or a bundled update changes the
  // load times in the database's meta records, which are two small reads (reading the whole
  // dataset to check would cost more than the popup's index build).
  let entries: { key: string; list: Promise<SearchEntry[]> } | undefined;
  let db: ReturnType<typeof openDatabase> | undefined;
  onMessage('getSearchEntries', async () => {
    await people.ensureLoaded();
    db ??= openDatabase();
    const [bundled, imported] = await Promise.all([
      datasetInfo(await db, 'dataset'),
      datasetInfo(await db, 'imported'),
    ]);
    const key = `${bundled?.loadedAt ?? ''}|${imported?.loadedAt ?? ''}`;
    if (entries?.key !== key) {
      const list = people.effectiveDataset().then((d) => searchEntriesOf(d.people));
      entries = { key, list };
      list.catch(() => {
        if (entries?.list === list) entries = undefined;
      });
    }
    return entries.list;
  });

  const scripts = new SiteScripts();
  const sync = async () => scripts.sync(await getSettings());
  void sync().catch((error: unknown) => console.error('Ai là ai: site scripts', error));
  watchSettings((settings) => {
    void scripts.sync(settings).catch((error: unknown) => console.error('Ai là ai', error));
  });

  onMessage('enableSite', async ({ data }) => {
    await sync();
    if (data.tabId !== undefined) {
      const tabId = data.tabId;
      await scripts.injectInto(tabId, () =>
        // A content script answers the popup's question; no answer means none is there.
        sendMessage('getPageSummary', undefined, tabId).then(
          () => true,
          () => false,
        ),
      );
    }
    return true;
  });
  onMessage('disableSite', async () => {
    await sync();
    return true;
  });
  // The permission can be withdrawn from the browser's own settings.
  browser.permissions.onRemoved?.addListener(() => void sync().catch(() => {}));
}
