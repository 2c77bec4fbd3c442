/**
 * Content script: reads the page's text, runs the engine on it, highlights what it found and
 * shows a card on hover. It only wires: the engine is lib/, page code is dom/.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { recogniserFromIndex } from '../../lib/create-recogniser';
import { NEWS_SITE_MATCHES } from '../../lib/sites/news-sites';
import { todayIso } from '../../lib/date/partial-date';
import { annotatePage, type PageAnnotation } from '../../dom/annotate-page';
import { drawHighlights, highlightKindOf, supportsHighlights } from '../../dom/highlight-mentions';
import { watchPageChanges } from '../../dom/watch-page-changes';
import { onMessage, sendMessage } from '../../utils/messages';
import { summarisePeople } from '../../lib/page/summarise-people';
import { HoverCard } from './hover-card';
import './highlights.css';

export default defineContentScript({
  matches: [...NEWS_SITE_MATCHES],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const data = await sendMessage('getMatcherData');
    if (!ctx.isValid) return;
    const recogniser = recogniserFromIndex(data.index);
    const draw = (annotation: PageAnnotation): void => {
      if (!supportsHighlights()) return;
      drawHighlights(
        annotation.placed.map((p) => ({ kind: highlightKindOf(p.mention), range: p.range })),
      );
    };
    let current = annotatePage(document, recogniser, todayIso());
    draw(current);
    // Content added later (infinite scroll, late article bodies, single-page navigation).
    const stop = watchPageChanges(document.body, () => {
      if (!ctx.isValid) return;
      current = annotatePage(document, recogniser, todayIso());
      draw(current);
    });
    ctx.onInvalidated(stop);

    const card = new HoverCard(
      ctx,
      async (id) => (await sendMessage('getPeople', [id]))[0],
      current.articleDate,
    );
    // Hit-test once per frame, at the pointer's latest position.
    let frame = 0;
    let pointer = { x: 0, y: 0 };
    ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
      pointer = { x: event.clientX, y: event.clientY };
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const hit = current.placed[current.hitTester.at(document, pointer.x, pointer.y)];
        card.hover(hit && { mention: hit.mention, range: hit.range, point: pointer });
      });
    });
    ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
      if (event.key === 'Escape') card.close();
    });

    onMessage('getPageSummary', () => ({
      url: location.href,
      title: document.title,
      date: current.articleDate,
      people: summarisePeople(current.mentions),
    }));
  },
});
