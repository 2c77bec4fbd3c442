/**
 * Background handlers for the popup and the options page: the compact people list the popup
 * searches, and the per-site switch for sites the user adds (utils/site-scripts.ts).
 */
import { browser } from 'wxt/browser';
import { searchEntriesOf } from '../lib/search/search-entries';
import type { SearchEntry } from '../lib/search/people-index';
import { onMessage, sendMessage } from './messages';
import type { PeopleService } from './people-service';
import { getSettings, watchSettings } from './settings';
import { SiteScripts } from './site-scripts';

export function registerPopupServices(people: PeopleService): void {
  // Folded once per dataset in effect (an import or a reset changes it).
  let entries: { key: string; list: Promise<SearchEntry[]> } | undefined;
  onMessage('getSearchEntries', async () => {
    const info = await people.getDatasetInfo();
    const key = `${info.version}|${info.people}|${info.imported?.importedAt ?? ''}`;
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
