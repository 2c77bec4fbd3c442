/**
 * The user's settings, kept in browser.storage.local (so every part of the extension sees a
 * change at once, without a reload). The options page and the popup write them; the content
 * script and the cards watch them.
 */
import { storage } from 'wxt/utils/storage';
import type { Language } from '../lib/i18n/translate';

/** What can be highlighted; each can be switched off. */
export type HighlightKind = 'person' | 'person-unlinked' | 'title' | 'body';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [
  'person',
  'person-unlinked',
  'title',
  'body',
];

/**
 * `highlight`: the CSS Custom Highlight API, nothing in the page's DOM changes.
 * `accessible`: mentions wrapped in custom elements that Tab reaches and focus opens.
 */
export type HighlightMode = 'highlight' | 'accessible';

export interface Settings {
  /** Interface and card language; `auto` follows the browser. */
  language: 'auto' | Language;
  /** Show the English for titles and bodies on cards (the card's own toggle writes this). */
  cardEnglish: boolean;
  kinds: Record<HighlightKind, boolean>;
  highlightMode: HighlightMode;
  /**
   * Per-site choice by host name ("vnexpress.net"): true runs on it, false never does. A host
   * absent from the map follows the default: on for the built-in news sites, off elsewhere.
   */
  sites: Record<string, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  cardEnglish: false,
  kinds: { person: true, 'person-unlinked': true, title: true, body: true },
  highlightMode: 'highlight',
  sites: {},
};

const item = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
});

/** Fills in what an older stored value lacks, so a new setting never reads as undefined. */
function complete(stored: Partial<Settings> | null): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    kinds: { ...DEFAULT_SETTINGS.kinds, ...stored?.kinds },
    sites: { ...stored?.sites },
  };
}

export async function getSettings(): Promise<Settings> {
  return complete(await item.getValue());
}

/** Applies `change` to the stored settings and returns the result. */
export async function updateSettings(
  change: Partial<Settings> | ((current: Settings) => Partial<Settings>),
): Promise<Settings> {
  const current = await getSettings();
  const next = complete({
    ...current,
    ...(typeof change === 'function' ? change(current) : change),
  });
  await item.setValue(next);
  return next;
}

/** Calls `listener` with the new settings after every change, from any part of the extension. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return item.watch((value) => listener(complete(value)));
}
