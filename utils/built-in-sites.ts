/**
 * Whether a page is one the content script runs on from the manifest (the built-in news
 * sites; the e2e build adds 127.0.0.1): on by default there, with no permission to ask.
 */
import { browser } from 'wxt/browser';
import { matchesPattern } from '../lib/sites/match-pattern';
import { newsSiteOf } from '../lib/sites/site-key';

export function isBuiltInSite(url: string): boolean {
  if (newsSiteOf(url)) return true;
  const matches = (browser.runtime.getManifest().content_scripts ?? []).flatMap(
    (script) => script.matches ?? [],
  );
  return matches.some((pattern) => matchesPattern(pattern, url));
}
