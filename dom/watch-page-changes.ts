/**
 * Calls back when a page's content changes (infinite scroll, late article bodies, single-page
 * navigation): a MutationObserver, debounced, with the callback run when the browser is idle.
 * Changes inside the extension's own elements are ignored. Highlights change nothing in the
 * DOM; the accessible mode's own wrapping is done through `quietly`, whose mutations the
 * observer drops, so re-reading the page never feeds the observer itself.
 *
 * A page that never stops changing (a ticking clock, a live score) would starve a plain
 * debounce: `maxWaitMs` bounds the wait, so content added meanwhile is still read.
 */
import { OWN_ELEMENTS } from './collect-page-text';

export interface WatchOptions {
  /** Quiet time after the last change before calling back. */
  debounceMs?: number;
  /** Longest wait from the first unread change to the callback, however busy the page. */
  maxWaitMs?: number;
}

export interface PageWatch {
  /** Runs `change` (the extension's own DOM changes) without it counting as a page change. */
  quietly(change: () => void): void;
  stop(): void;
}

function isOwn(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (
      n.nodeType === Node.ELEMENT_NODE &&
      OWN_ELEMENTS.has((n as Element).tagName.toUpperCase())
    ) {
      return true;
    }
  }
  return false;
}

function touchesPage(record: MutationRecord): boolean {
  if (record.type === 'characterData') return !isOwn(record.target);
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.some((n) => !isOwn(n)) && !isOwn(record.target);
}

/** Starts watching `root`. */
export function watchPageChanges(
  root: Node,
  onChange: () => void,
  { debounceMs = 400, maxWaitMs = 2000 }: WatchOptions = {},
): PageWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstUnread: number | undefined;
  let idle: number | undefined;
  const run = () => {
    idle = undefined;
    onChange();
  };
  const changed = (records: MutationRecord[]) => {
    if (!records.some(touchesPage)) return;
    const now = Date.now();
    firstUnread ??= now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstUnread + maxWaitMs - now));
    timer = setTimeout(() => {
      firstUnread = undefined;
      if (idle !== undefined) return;
      idle =
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(run, { timeout: 1000 })
          : (setTimeout(run, 0) as unknown as number);
    }, wait);
  };
  const observer = new MutationObserver(changed);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    quietly: (change) => {
      // The page's own changes so far still count; the ones `change` makes do not.
      changed(observer.takeRecords());
      try {
        change();
      } finally {
        observer.takeRecords();
      }
    },
    stop: () => {
      observer.disconnect();
      clearTimeout(timer);
      if (idle !== undefined && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    },
  };
}
