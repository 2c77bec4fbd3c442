/**
 * The hover card's life on the page, timed like Wikipedia's page previews: it opens after the
 * pointer rests on a mention for ~300 ms, stays while the pointer moves into it, and closes
 * after a short grace once the pointer has left both. In accessible mode focus opens it at
 * once; Esc closes it. Rendered with Preact in a shadow root (WXT's shadow root UI: the page's
 * CSS does not reach it) and positioned by @floating-ui/dom, flipping at the viewport's edges.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LanguageProvider } from '../../components/i18n';
import { MENTION_CARD_CSS, MentionCard, type CardDetails } from '../../components/MentionCard';
import type { Mention } from '../../lib/create-recogniser';
import type { ArticleDate } from '../../lib/date/article-date';
import type { Language } from '../../lib/i18n/translate';
import type { LoadDetails } from './card-details';

/** A mention to show, and where: its range (a mention may wrap over lines) and the pointer. */
export interface HoverTarget {
  mention: Mention;
  range: Range;
  /** Where the pointer is; absent when focus opened the card. */
  point?: { x: number; y: number };
}

export interface CardPreferences {
  language: Language;
  showEnglish: boolean;
}

const OPEN_DELAY_MS = 300;
const CLOSE_GRACE_MS = 300;

export class HoverCard {
  private ui?: ShadowRootContentScriptUi<HTMLElement>;
  private openTimer?: number;
  private closeTimer?: number;
  private current?: HoverTarget;
  private details: CardDetails = {};
  private pointerInside = false;
  /** Focus opened the card (accessible mode): focus leaving it closes it too. */
  private openedByFocus = false;
  private stopFollowing?: () => void;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly loadDetails: LoadDetails,
    /** The article's date the mentions were read at, shown on the card. */
    private articleDate: ArticleDate,
    private preferences: CardPreferences,
    /** The reader pressed the card's English toggle. */
    private readonly onToggleEnglish: (show: boolean) => void,
  ) {}

  get isOpen(): boolean {
    return this.current !== undefined;
  }

  /** The host element on the page, for telling whether focus or the pointer is inside it. */
  get host(): HTMLElement | undefined {
    return this.ui?.shadowHost;
  }

  setArticleDate(date: ArticleDate): void {
    this.articleDate = date;
  }

  /** Language or English toggle changed (options, popup, or the card itself): redraw. */
  setPreferences(preferences: CardPreferences): void {
    this.preferences = preferences;
    this.draw();
  }

  /** The pointer rests on a mention (or on none: `undefined`). */
  hover(target: HoverTarget | undefined): void {
    if (target && this.current && target.mention === this.current.mention) {
      clearTimeout(this.openTimer);
      this.cancelClose();
      return;
    }
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
    if (!target) {
      this.scheduleClose();
      return;
    }
    this.openTimer = this.ctx.setTimeout(() => void this.open(target, false), OPEN_DELAY_MS);
  }

  /** Focus reached a mention (accessible mode): open at once. */
  focus(target: HoverTarget): void {
    clearTimeout(this.openTimer);
    if (this.current?.mention === target.mention) {
      this.cancelClose();
      return;
    }
    void this.open(target, true);
  }

  /** Focus left the mention (and did not go into the card). */
  blur(): void {
    this.scheduleClose();
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined || !this.current) return;
    this.closeTimer = this.ctx.setTimeout(() => {
      this.closeTimer = undefined;
      if (!this.pointerInside && !this.focusInside()) this.close();
    }, CLOSE_GRACE_MS);
  }

  private focusInside(): boolean {
    const host = this.ui?.shadowHost;
    return host !== undefined && document.activeElement === host;
  }

  close(): void {
    // Focus inside the card would stay on a removed control: give it back to the page.
    if (this.focusInside()) (this.ui?.shadow.activeElement as HTMLElement | null)?.blur();
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.cancelClose();
    this.current = undefined;
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    const container = this.ui?.mounted;
    if (container) {
      render(null, container);
      container.style.display = 'none';
    }
  }

  private async ensureUi(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    if (this.ui) return this.ui;
    this.ui = await createShadowRootUi(this.ctx, {
      name: 'ai-la-ai-card',
      position: 'overlay',
      anchor: 'body',
      append: 'last',
      css: MENTION_CARD_CSS,
      onMount: (container, _shadow, host) => {
        // The host gets `all: initial !important` from WXT, which no style of ours can beat:
        // the card is placed by its container inside the shadow root instead.
        Object.assign(container.style, {
          position: 'fixed',
          top: '0',
          left: '0',
          zIndex: '2147483647',
        });
        host.addEventListener('pointerenter', () => {
          this.pointerInside = true;
          this.cancelClose();
        });
        host.addEventListener('pointerleave', () => {
          this.pointerInside = false;
          this.scheduleClose();
        });
        // Focus leaving a card that focus opened (Tab on from its control) closes it. Not for a
        // card the pointer opened: its own redraws can drop focus without anyone moving it.
        host.addEventListener('focusout', () => {
          if (this.openedByFocus) this.scheduleClose();
        });
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    this.ui.mount();
    return this.ui;
  }

  private draw(): void {
    const target = this.current;
    const container = this.ui?.mounted;
    if (!target || !container) return;
    render(
      <LanguageProvider language={this.preferences.language}>
        <MentionCard
          mention={target.mention}
          details={this.details}
          articleDate={this.articleDate}
          showEnglish={this.preferences.showEnglish}
          onToggleEnglish={this.onToggleEnglish}
        />
      </LanguageProvider>,
      container,
    );
  }

  private async open(target: HoverTarget, byFocus: boolean): Promise<void> {
    this.cancelClose();
    this.current = target;
    this.openedByFocus = byFocus;
    this.details = {};
    const ui = await this.ensureUi();
    const container = ui.mounted;
    if (!container || this.current !== target) return;
    this.draw();
    container.style.display = '';
    // Follow the name while the page scrolls or reflows, and place again as details arrive.
    this.stopFollowing?.();
    this.stopFollowing = autoUpdate(this.reference(target), container, () => {
      void this.place(container, target);
    });
    await this.loadDetails(target.mention, this.articleDate.date, (details) => {
      if (this.current !== target) return;
      this.details = details;
      this.draw();
      void this.place(container, target);
    });
  }

  private reference({ range }: HoverTarget) {
    return {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
    };
  }

  private async place(card: HTMLElement, target: HoverTarget): Promise<void> {
    const rects = target.range.getClientRects();
    const point = target.point ?? (rects[0] && { x: rects[0].left + 1, y: rects[0].top + 1 });
    const { x, y } = await computePosition(this.reference(target), card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      // inline(): next to the line of a wrapped name that the pointer is on.
      middleware: [
        ...(point ? [inline(point)] : []),
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // Never taller than the room on its side: the card scrolls inside instead.
        size({
          padding: 8,
          apply({ availableHeight, elements }) {
            elements.floating.style.setProperty(
              '--room',
              `${Math.max(160, Math.floor(availableHeight))}px`,
            );
          },
        }),
      ],
    });
    if (this.current !== target) return;
    card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }
}
