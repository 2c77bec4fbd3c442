/**
 * The content script's side of the per-site switch: whether the user's choice for this
 * page's site (Settings.sites, else on for the built-in news sites) lets it run, now and
 * after every change made in the popup or the options page.
 */
import { siteChoice } from '../lib/sites/site-key';
import { isBuiltInSite } from './built-in-sites';
import { getSettings, watchSettings } from './settings';

/** Resolves once the site of `url` is switched on (at once when it already is). */
export async function untilSiteOn(url: string): Promise<void> {
  if (siteChoice((await getSettings()).sites, url, isBuiltInSite(url))) return;
  await new Promise<void>((resolve) => {
    const stop = watchSettings((settings) => {
      if (!siteChoice(settings.sites, url, isBuiltInSite(url))) return;
      stop();
      resolve();
    });
  });
}

/**
 * Calls `listener` each time the site of `url` is switched off or on again, from a start where
 * it is on (after `untilSiteOn`). Returns the unwatch.
 */
export function watchSiteOn(url: string, listener: (on: boolean) => void): () => void {
  let on = true;
  return watchSettings((settings) => {
    const now = siteChoice(settings.sites, url, isBuiltInSite(url));
    if (now === on) return;
    on = now;
    listener(now);
  });
}
