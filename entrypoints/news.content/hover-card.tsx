/**
 * The hover card's life on the page: opens after the pointer rests on a mention (~300 ms,
 * like Wikipedia's page previews), stays while the pointer moves into it, closes after a
 * short grace. Rendered with Preact in a shadow root (isolated from the page's CSS) and
 * positioned by @floating-ui/dom, flipping at the viewport's edges.
 */
import { computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MENTION_CARD_CSS, MentionCard } from '../../components/MentionCard';
import type { Mention } from '../../lib/create-recogniser';
import type { Person } from '../../lib/dataset/types';
import type { ArticleDate } from '../../lib/date/article-date';

/** A mention under the pointer, and where the pointer is (a mention may wrap over lines). */
export interface HoverTarget {
  mention: Mention;
  range: Range;
  point: { x: number; y: number };
}

const OPEN_DELAY_MS = 300;
const CLOSE_GRACE_MS = 250;

export class HoverCard {
  private ui?: ShadowRootContentScriptUi<HTMLElement>;
  private openTimer?: number;
  private closeTimer?: number;
  private current?: HoverTarget;
  private pointerInside = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly lookupPerson: (id: string) => Promise<Person | undefined>,
    /** The article's date the mentions were read at, shown on the card. */
    private readonly articleDate: ArticleDate,
  ) {}

  /** The pointer rests on a mention (or on none: `undefined`). */
  hover(target: HoverTarget | undefined): void {
    if (target && this.current && target.mention === this.current.mention) {
      this.cancelClose();
      return;
    }
    clearTimeout(this.openTimer);
    if (!target) {
      this.scheduleClose();
      return;
    }
    this.openTimer = this.ctx.setTimeout(() => void this.open(target), OPEN_DELAY_MS);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined || !this.current) return;
    this.closeTimer = this.ctx.setTimeout(() => {
      this.closeTimer = undefined;
      if (!this.pointerInside) this.close();
    }, CLOSE_GRACE_MS);
  }

  close(): void {
    this.current = undefined;
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
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    this.ui.mount();
    return this.ui;
  }

  private async open(target: HoverTarget): Promise<void> {
    this.cancelClose();
    this.current = target;
    const ui = await this.ensureUi();
    const container = ui.mounted;
    if (!container || this.current !== target) return;
    const draw = (person?: Person): void => {
      if (this.current !== target) return;
      render(
        <MentionCard mention={target.mention} person={person} articleDate={this.articleDate} />,
        container,
      );
    };
    draw();
    container.style.display = '';
    await this.place(container, target);
    const { id } = target.mention;
    if (id) {
      const person = await this.lookupPerson(id).catch(() => undefined);
      draw(person);
      await this.place(container, target);
    }
  }

  private async place(card: HTMLElement, { range, point }: HoverTarget): Promise<void> {
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
    };
    const { x, y } = await computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      // inline(): next to the line of a wrapped name that the pointer is on.
      middleware: [inline(point), offset(6), flip(), shift({ padding: 8 })],
    });
    card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }
}
