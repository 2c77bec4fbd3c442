/**
 * Calls back when a page's content changes (infinite scroll, late article bodies, single-page
 * navigation): a MutationObserver, debounced, with the callback run when the browser is idle.
 * Changes inside the extension's own elements are ignored, and highlights change nothing in the
 * DOM, so re-reading the page never feeds the observer itself: no loop on any page.
 */
import { OWN_ELEMENTS } from './collect-page-text';

export interface WatchOptions {
  /** Quiet time after the last change before calling back. */
  debounceMs?: number;
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

/** Starts watching `root`; returns a function that stops. */
export function watchPageChanges(
  root: Node,
  onChange: () => void,
  { debounceMs = 400 }: WatchOptions = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const run = () => {
    idle = undefined;
    onChange();
  };
  const observer = new MutationObserver((records) => {
    if (!records.some(touchesPage)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (idle !== undefined) return;
      idle =
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(run, { timeout: 1000 })
          : (setTimeout(run, 0) as unknown as number);
    }, debounceMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    if (idle !== undefined && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
  };
}
