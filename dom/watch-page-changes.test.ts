// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPageChanges } from './watch-page-changes';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchPageChanges', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it("calls back for the page's changes, not for the extension's own made quietly", async () => {
    let calls = 0;
    const watch = watchPageChanges(document.body, () => calls++, { debounceMs: 10 });
    watch.quietly(() => document.body.append(document.createElement('p')));
    await flush();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls).toBe(0);
    document.body.append(document.createElement('p'));
    // Debounced, then run when the browser is idle: wait for it rather than guess how long.
    await vi.waitFor(() => expect(calls).toBe(1), { timeout: 3_000 });
    watch.stop();
  });

  it('still calls back on a page that never stops changing', async () => {
    let calls = 0;
    const watch = watchPageChanges(document.body, () => calls++, {
      debounceMs: 40,
      maxWaitMs: 100,
    });
    const clock = document.createElement('span');
    document.body.append(clock);
    // A change every 10 ms would starve a plain 40 ms debounce for as long as it lasts: the
    // callback must come while the changes are still going on.
    for (let tick = 0; tick < 300 && calls === 0; tick++) {
      clock.textContent = String(tick);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(calls).toBeGreaterThan(0);
    watch.stop();
  });
});
