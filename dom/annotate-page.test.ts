// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createRecogniser } from '../lib/create-recogniser';
import { annotatePage, annotatePageWhenIdle, type IdleTime } from './annotate-page';

const recogniser = createRecogniser([
  { id: 'pham-binh-minh-1959', name: 'Phạm Bình Minh', aliases: [] },
  { id: 'hoang-binh-quan-1959', name: 'Hoàng Bình Quân', aliases: [] },
]);

function longPage(paragraphs: number): void {
  document.body.innerHTML = Array.from(
    { length: paragraphs },
    (_, k) =>
      `<p>Đoạn ${k}: Phó Thủ tướng <b>Phạm</b> Bình Minh gặp ông Hoàng Bình Quân tại Hà Nội.</p>`,
  ).join('');
}

/** Idle periods run by hand: each has `budget` ms, counted down by one per look. */
function manualIdle(budget: number) {
  const queue: ((idle: IdleTime) => void)[] = [];
  return {
    schedule: (work: (idle: IdleTime) => void) => {
      queue.push(work);
      return () => queue.splice(queue.indexOf(work) >>> 0, 1);
    },
    runPeriod(): boolean {
      const work = queue.shift();
      if (!work) return false;
      let left = budget;
      work({ timeRemaining: () => left-- });
      return true;
    },
  };
}

const summary = (placed: { start: number; end: number; range: Range }[]) =>
  placed.map((p) => [p.start, p.end, p.range.toString()]);

describe('annotatePageWhenIdle', () => {
  it('reads a long page over several idle periods, to the same result as at once', () => {
    longPage(60);
    const atOnce = annotatePage(document, recogniser, '2020-07-17');
    expect(atOnce.placed.length).toBeGreaterThan(64 * 2);

    // One step a period: collect the text; recognise and place 64; place 64; place the rest.
    const idle = manualIdle(1);
    let result: ReturnType<typeof annotatePage> | undefined;
    annotatePageWhenIdle(document, recogniser, '2020-07-17', (r) => (result = r), idle.schedule);
    let periods = 0;
    while (!result && idle.runPeriod()) periods++;
    expect(periods).toBe(4);
    expect(result && summary(result.placed)).toEqual(summary(atOnce.placed));
    expect(result?.placed.map((p) => p.mention.id)).toEqual(atOnce.placed.map((p) => p.mention.id));
  });

  it('moves on by one step even when an idle period has no time left', () => {
    longPage(3);
    const idle = manualIdle(0);
    let done = false;
    annotatePageWhenIdle(document, recogniser, '2020-07-17', () => (done = true), idle.schedule);
    for (let k = 0; k < 10 && !done; k++) idle.runPeriod();
    expect(done).toBe(true);
  });

  it('drops a reading cancelled before it ends', () => {
    longPage(60);
    const idle = manualIdle(2);
    let done = false;
    const cancel = annotatePageWhenIdle(
      document,
      recogniser,
      '2020-07-17',
      () => (done = true),
      idle.schedule,
    );
    idle.runPeriod();
    cancel();
    while (idle.runPeriod());
    expect(done).toBe(false);
  });
});
