/**
 * Draws mentions with the CSS Custom Highlight API: nothing in the page's DOM changes.
 * One highlight per kind; the styles are in entrypoints/news.content/highlights.css.
 */
import type { Mention } from '../lib/create-recogniser';

export type HighlightKind = 'person' | 'person-unlinked' | 'title' | 'body';

export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  person: 'ai-la-ai-person',
  'person-unlinked': 'ai-la-ai-person-unlinked',
  title: 'ai-la-ai-title',
  body: 'ai-la-ai-body',
};

/**
 * A person is "linked" when the dataset knows them: one person (an id) or several it cannot
 * tell apart on this page (alternatives). "Unlinked" is a name the dataset does not have,
 * read as a person because a title introduces it.
 */
export function highlightKindOf(mention: Mention): HighlightKind {
  if (mention.kind === 'person') {
    return mention.id || mention.alternatives?.length ? 'person' : 'person-unlinked';
  }
  return mention.kind;
}

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Replaces the extension's highlights with these ranges. */
export function drawHighlights(items: readonly { kind: HighlightKind; range: Range }[]): void {
  const byKind = new Map<HighlightKind, Range[]>();
  for (const { kind, range } of items) {
    const list = byKind.get(kind);
    if (list) list.push(range);
    else byKind.set(kind, [range]);
  }
  for (const [kind, name] of Object.entries(HIGHLIGHT_NAMES) as [HighlightKind, string][]) {
    const ranges = byKind.get(kind);
    if (ranges?.length) CSS.highlights.set(name, new Highlight(...ranges));
    else CSS.highlights.delete(name);
  }
}

export function clearHighlights(): void {
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
