/**
 * Which "site" a page belongs to, for the per-site switch (`Settings.sites`): a built-in news
 * site is keyed by its entry in NEWS_SITES ("vnexpress.net", "bbc.com/vietnamese"), so one
 * switch covers its subdomains; any other page by its host name ("example.org").
 */
import { NEWS_SITES } from './news-sites';

/** The NEWS_SITES entry `url` falls under, if any. */
export function newsSiteOf(url: string | URL): string | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(parsed.protocol)) return undefined;
  const host = parsed.hostname.toLowerCase();
  return NEWS_SITES.find((site) => {
    const slash = site.indexOf('/');
    const siteHost = slash === -1 ? site : site.slice(0, slash);
    const path = slash === -1 ? '' : site.slice(slash);
    const hostMatches = host === siteHost || host.endsWith(`.${siteHost}`);
    return hostMatches && parsed.pathname.startsWith(path);
  });
}

/** The key of `url` in `Settings.sites`, or undefined for pages that are not web pages. */
export function siteKeyOf(url: string | URL): string | undefined {
  const news = newsSiteOf(url);
  if (news) return news;
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    return /^https?:$/.test(parsed.protocol) && parsed.hostname ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

export const isNewsSite = (key: string): boolean => NEWS_SITES.includes(key);

/**
 * Whether Ai là ai should run on `url` by the user's choice: their switch for its site, else
 * on for the built-in sites (the news sites, or `builtIn`: what the manifest's content script
 * matches, which in the e2e build includes 127.0.0.1) and off elsewhere. (Other sites also
 * need the browser's permission: see utils/site-access.ts.)
 */
export function siteChoice(
  sites: Readonly<Record<string, boolean>>,
  url: string | URL,
  builtIn: boolean = newsSiteOf(url) !== undefined,
): boolean {
  const key = siteKeyOf(url);
  if (!key) return false;
  return sites[key] ?? builtIn;
}

/** The match pattern a user-enabled host is asked for and registered on: both schemes. */
export const originPatternFor = (host: string): string => `*://${host}/*`;

/** A host name typed by a user ("https://Example.org/x", "example.org") → "example.org". */
export function hostFromInput(input: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    const host = url.hostname.toLowerCase();
    return (/^[a-z0-9.-]+$/.test(host) && host.includes('.')) || host === 'localhost'
      ? host
      : undefined;
  } catch {
    return undefined;
  }
}
