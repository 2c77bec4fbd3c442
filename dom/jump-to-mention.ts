/**
 * The popup's "jump to mention": scrolls the first mention of a person to the middle of the
 * viewport and flashes it with its own CSS highlight (`ai-la-ai-flash`, styled in
 * ./jump-to-mention.css), so nothing in the page's DOM changes.
 */
import type { Mention } from '../lib/create-recogniser';
import './jump-to-mention.css';

export const FLASH_HIGHLIGHT = 'ai-la-ai-flash';

/** How the flash blinks: on, off, on, … (ms per phase), then off. */
const FLASH_PHASES = [500, 200, 500, 200, 900];

export interface PlacedMention {
  mention: Mention;
  range: Range;
}

/** The first (in page order) placed mention of the person: by dataset id, else by name. */
export function firstMentionOf<P extends PlacedMention>(
  placed: readonly P[],
  person: { id?: string; name: string },
): P | undefined {
  const matches = (m: Mention) =>
    m.kind === 'person' &&
    (person.id ? m.id === person.id : !m.id && (m.name ?? m.text) === person.name);
  let first: P | undefined;
  for (const p of placed) {
    if (!matches(p.mention)) continue;
    if (!first || p.range.compareBoundaryPoints(Range.START_TO_START, first.range) < 0) first = p;
  }
  return first;
}

let stopFlash: (() => void) | undefined;

/** Scrolls `range` into the middle of the viewport and flashes it. */
export function flashRange(range: Range): void {
  stopFlash?.();
  const target = range.startContainer.parentElement;
  const rect = range.getBoundingClientRect();
  if (target && (rect.width === 0 || rect.top < 0 || rect.bottom > innerHeight)) {
    // The element scrolls any scrollable ancestor; then centre the range itself in the window.
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
    const after = range.getBoundingClientRect();
    window.scrollBy({ top: after.top + after.height / 2 - innerHeight / 2 });
  }
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const timers: number[] = [];
  const set = (on: boolean) => {
    if (on) CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(range));
    else CSS.highlights.delete(FLASH_HIGHLIGHT);
  };
  // The first phase at once: a background tab (the popup opened as a tab) throttles timers.
  set(true);
  let at = FLASH_PHASES[0]!;
  FLASH_PHASES.slice(1).forEach((ms, i) => {
    timers.push(window.setTimeout(() => set(i % 2 === 1), at));
    at += ms;
  });
  timers.push(window.setTimeout(() => set(false), at));
  stopFlash = () => {
    timers.forEach(clearTimeout);
    set(false);
    stopFlash = undefined;
  };
}

/**
 * Shows the first mention of `person` among the mentions on show; false when there is none.
 * `rangeOf` gives a mention's range as it stands now (in accessible mode, over its elements).
 */
export function showMention<P extends PlacedMention>(
  placed: readonly P[],
  person: { id?: string; name: string },
  rangeOf: (placed: P) => Range = (p) => p.range,
): boolean {
  const found = firstMentionOf(placed, person);
  if (!found) return false;
  flashRange(rangeOf(found));
  return true;
}
