/**
 * The per-site switch as the popup and the options page use it. Built-in news sites only
 * flip `Settings.sites`; any other site also needs the browser's permission for its origin
 * (asked here, from the user's click) and the content script registered for it (done by the
 * background, utils/site-scripts.ts). No permission for all sites is asked at install.
 */
import { browser } from 'wxt/browser';
import { originPatternFor, siteChoice, siteKeyOf } from '../lib/sites/site-key';
import { isBuiltInSite } from './built-in-sites';
import { sendMessage } from './messages';
import { updateSettings, type Settings } from './settings';

export interface SiteState {
  /** Key in `Settings.sites`: the news site entry, or the host name. */
  key: string;
  /** A site the manifest runs on (a news site): no permission to ask. */
  builtIn: boolean;
  /** Ai là ai runs there: chosen on, and for an added site, permission granted. */
  on: boolean;
}

export function hasSiteAccess(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPatternFor(host)] }).catch(() => false);
}

/** The switch of the site of `url`, or undefined for pages Ai là ai can never run on. */
export async function siteStateOf(
  url: string | undefined,
  settings: Pick<Settings, 'sites'>,
): Promise<SiteState | undefined> {
  const key = url ? siteKeyOf(url) : undefined;
  if (!url || !key) return undefined;
  const builtIn = isBuiltInSite(url);
  const chosen = siteChoice(settings.sites, url, builtIn);
  return { key, builtIn, on: chosen && (builtIn || (await hasSiteAccess(key))) };
}

/**
 * Switches a site on or off. Call it straight from the click handler: for a site that is
 * not a built-in news site, switching on first asks the browser for the permission, which
 * browsers only allow while handling the user's click. Resolves to the site's new state
 * (still off when the user refused the permission).
 */
export function switchSite(site: SiteState, on: boolean, tabId?: number): Promise<boolean> {
  const needsPermission = on && !site.builtIn;
  // No await before this call: it must run inside the user's gesture.
  const granted = needsPermission
    ? browser.permissions.request({ origins: [originPatternFor(site.key)] })
    : Promise.resolve(true);
  return (async () => {
    if (!(await granted)) return false;
    await updateSettings((s) => ({ sites: { ...s.sites, [site.key]: on } }));
    if (!site.builtIn) {
      if (on)
        await sendMessage('enableSite', {
          host: site.key,
          ...(tabId !== undefined ? { tabId } : {}),
        });
      else await sendMessage('disableSite', site.key);
    }
    return on;
  })();
}

/** Forgets an added site: its switch, its registration. (The permission stays with the browser's list.) */
export async function removeSite(key: string): Promise<void> {
  await updateSettings((s) => {
    const sites = { ...s.sites };
    delete sites[key];
    return { sites };
  });
  await sendMessage('disableSite', key);
}
