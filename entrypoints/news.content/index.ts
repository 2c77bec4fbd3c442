/**
 * Content script: reads the page's text, runs the engine on it, highlights what it found and
 * shows a card on hover. It only wires: the engine is lib/, page code is dom/.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { recogniserFromIndex, type Mention } from '../../lib/create-recogniser';
import { NEWS_SITE_MATCHES } from '../../lib/sites/news-sites';
import { todayIso } from '../../lib/date/partial-date';
import { collectPageText, rangeFor } from '../../dom/collect-page-text';
import { readArticleDate } from '../../dom/read-article-date';
import { drawHighlights, highlightKindOf, supportsHighlights } from '../../dom/highlight-mentions';
import { MentionHitTester, type PlacedMention } from '../../dom/hit-test';
import { onMessage, sendMessage } from '../../utils/messages';
import { summarisePeople } from '../../lib/page/summarise-people';
import { HoverCard } from './hover-card';
import './highlights.css';

interface Placed extends PlacedMention {
  mention: Mention;
}

export default defineContentScript({
  matches: [...NEWS_SITE_MATCHES],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const data = await sendMessage('getMatcherData');
    if (!ctx.isValid) return;
    const recogniser = recogniserFromIndex(data.index);
    const page = collectPageText(document.body);
    const articleDate = readArticleDate(document, page.text, todayIso());
    const mentions = recogniser.recognise(page.text, { date: articleDate.date });
    const placed: Placed[] = [];
    for (const mention of mentions) {
      const range = rangeFor(page, mention.start, mention.end);
      if (range) placed.push({ start: mention.start, end: mention.end, range, mention });
    }
    if (supportsHighlights()) {
      drawHighlights(placed.map((p) => ({ kind: highlightKindOf(p.mention), range: p.range })));
    }

    const card = new HoverCard(
      ctx,
      async (id) => (await sendMessage('getPeople', [id]))[0],
      articleDate,
    );
    const hitTester = new MentionHitTester(page, placed);
    // Hit-test once per frame, at the pointer's latest position.
    let frame = 0;
    let pointer = { x: 0, y: 0 };
    ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
      pointer = { x: event.clientX, y: event.clientY };
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const index = hitTester.at(document, pointer.x, pointer.y);
        const hit = placed[index];
        card.hover(hit && { mention: hit.mention, range: hit.range, point: pointer });
      });
    });
    ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
      if (event.key === 'Escape') card.close();
    });

    onMessage('getPageSummary', () => ({
      url: location.href,
      title: document.title,
      date: articleDate,
      people: summarisePeople(mentions),
    }));
  },
});
