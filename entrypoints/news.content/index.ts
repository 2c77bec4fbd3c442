/**
 * Content script: reads the page's text, runs the engine on it, shows what it found (see
 * mention-layer.ts) and a card on hover or focus (hover-card.tsx). Settings (kinds, mode,
 * language, English on cards) take effect at once, without a reload. It only wires: the
 * engine is lib/, page code is dom/, the card's view is components/.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { recogniserFromIndex } from '../../lib/create-recogniser';
import { NEWS_SITE_MATCHES } from '../../lib/sites/news-sites';
import { todayIso } from '../../lib/date/partial-date';
import { watchPageChanges } from '../../dom/watch-page-changes';
import { MENTION_TAG } from '../../dom/wrap-mentions';
import { onMessage, sendMessage } from '../../utils/messages';
import { getSettings, updateSettings, watchSettings, type Settings } from '../../utils/settings';
import { languageOf, translatorFor } from '../../utils/i18n';
import { summarisePeople } from '../../lib/page/summarise-people';
import { createDetailsLoader } from './card-details';
import { HoverCard, type CardPreferences } from './hover-card';
import { MentionLayer } from './mention-layer';
import './highlights.css';
import { showMention } from '../../dom/jump-to-mention';
import { untilSiteOn, watchSiteOn } from '../../utils/site-enabled';

export default defineContentScript({
  matches: [...NEWS_SITE_MATCHES],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // The user's per-site switch (popup, options): idle until it is on.
    await untilSiteOn(location.href);
    let siteOn = true;
    const [data, initial] = await Promise.all([sendMessage('getMatcherData'), getSettings()]);
    if (!ctx.isValid) return;
    let settings: Settings = initial;
    const preferencesOf = (s: Settings): CardPreferences => ({
      language: languageOf(s),
      showEnglish: s.cardEnglish,
    });
    let t = translatorFor(languageOf(settings));

    const layer = new MentionLayer(
      document,
      recogniserFromIndex(data.index),
      settings,
      todayIso,
      (text) => t('page_mentionLabel', text),
    );
    // Content added later (infinite scroll, late article bodies, single-page navigation).
    const watch = watchPageChanges(document.body, () => {
      if (!ctx.isValid || !siteOn) return;
      layer.refreshWhenIdle(() => card.setArticleDate(layer.current.articleDate));
    });
    layer.setWatch(watch);
    layer.show();
    ctx.onInvalidated(() => {
      watch.stop();
      layer.clear();
    });

    const card = new HoverCard(
      ctx,
      createDetailsLoader({
        getPeople: (ids) => sendMessage('getPeople', ids),
        getAsOf: async () => (await sendMessage('getDatasetInfo')).asOf,
        lookupTerms: (phrases) => sendMessage('lookupTerms', phrases),
        whoHeld: (query) => sendMessage('whoHeld', query),
      }),
      layer.current.articleDate,
      preferencesOf(settings),
      (show) => void updateSettings({ cardEnglish: show }),
    );

    // Options and popup write settings; every open page follows at once.
    const unwatch = watchSettings((next) => {
      // Mode and kinds change what is drawn; the language, the labels of wrapped mentions.
      const redraw =
        next.highlightMode !== settings.highlightMode ||
        JSON.stringify(next.kinds) !== JSON.stringify(settings.kinds) ||
        (next.highlightMode === 'accessible' && languageOf(next) !== languageOf(settings));
      settings = next;
      t = translatorFor(languageOf(settings));
      if (redraw && siteOn) {
        card.close();
        layer.apply(settings);
      }
      card.setPreferences(preferencesOf(settings));
    });
    ctx.onInvalidated(unwatch);

    // Hit-test once per frame, at the pointer's latest position.
    let frame = 0;
    let pointer = { x: 0, y: 0 };
    let pointerTarget: EventTarget | null = null;
    ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
      pointer = { x: event.clientX, y: event.clientY };
      pointerTarget = event.target;
      if (frame || !siteOn) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (card.host && pointerTarget === card.host) return;
        const hit = layer.at(pointer.x, pointer.y, pointerTarget);
        card.hover(hit && { mention: hit.mention, range: layer.rangeOf(hit), point: pointer });
      });
    });

    // Accessible mode: focus on a mention opens its card; leaving it closes the card.
    ctx.addEventListener(document, 'focusin', (event: FocusEvent) => {
      const hit = layer.ofElement(event.target);
      if (hit) card.focus({ mention: hit.mention, range: layer.rangeOf(hit) });
    });
    ctx.addEventListener(document, 'focusout', (event: FocusEvent) => {
      if (layer.ofElement(event.target) && event.relatedTarget !== card.host) card.blur();
    });
    ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
      if (event.key === 'Escape' && card.isOpen) {
        card.close();
        return;
      }
      const target = event.target;
      if ((event.key === 'Enter' || event.key === ' ') && target instanceof Element) {
        if (target.localName !== MENTION_TAG) return;
        const hit = layer.ofElement(target);
        if (!hit) return;
        event.preventDefault();
        card.focus({ mention: hit.mention, range: layer.rangeOf(hit) });
      }
    });

    onMessage('getPageSummary', () => ({
      url: location.href,
      title: document.title,
      date: layer.current.articleDate,
      people: summarisePeople(layer.current.mentions),
    }));

    // The per-site switch: off takes everything away from the page, on draws it again.
    ctx.onInvalidated(
      watchSiteOn(location.href, (on) => {
        siteOn = on;
        card.close();
        if (on) layer.refresh();
        else layer.clear();
      }),
    );
    // The popup's "jump to mention": scroll to the first one on show and flash it.
    onMessage(
      'showMention',
      ({ data }) => siteOn && showMention(layer.shown, data, (p) => layer.rangeOf(p)),
    );
  },
});
