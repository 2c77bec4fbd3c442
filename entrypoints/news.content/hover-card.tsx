/**
 * The hover card's life on the page: opens after the pointer rests on a mention (~300 ms,
 * like Wikipedia's page previews), stays while the pointer moves into it, closes after a
 * short grace. Rendered with Preact in a shadow root (isolated from the page's CSS) and
 * positioned by @floating-ui/dom, flipping at the viewport's edges.
 */
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MENTION_CARD_CSS, MentionCard } from '../../components/MentionCard';
import type { Mention } from '../../lib/create-recogniser';
import type { Person } from '../../lib/dataset/types';

const OPEN_DELAY_MS = 300;
const CLOSE_GRACE_MS = 250;

export class HoverCard {
  private ui?: ShadowRootContentScriptUi<HTMLElement>;
  private openTimer?: number;
  private closeTimer?: number;
  private current?: { mention: Mention; range: Range };
  private pointerInside = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly lookupPerson: (id: string) => Promise<Person | undefined>,
  ) {}

  /** The pointer rests on a mention (or on none: `undefined`). */
  hover(target: { mention: Mention; range: Range } | undefined): void {
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
    if (this.ui?.mounted) render(null, this.ui.mounted);
    if (this.ui) this.ui.shadowHost.style.display = 'none';
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
        host.style.position = 'fixed';
        host.style.zIndex = '2147483647';
        host.style.top = '0';
        host.style.left = '0';
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

  private async open(target: { mention: Mention; range: Range }): Promise<void> {
    this.cancelClose();
    this.current = target;
    const ui = await this.ensureUi();
    const container = ui.mounted;
    if (!container || this.current !== target) return;
    const draw = (person?: Person): void => {
      if (this.current !== target) return;
      render(<MentionCard mention={target.mention} person={person} />, container);
    };
    draw();
    ui.shadowHost.style.display = '';
    await this.place(ui.shadowHost, target.range);
    const { id } = target.mention;
    if (id) {
      const person = await this.lookupPerson(id).catch(() => undefined);
      draw(person);
      await this.place(ui.shadowHost, target.range);
    }
  }

  private async place(host: HTMLElement, range: Range): Promise<void> {
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
    };
    const { x, y } = await computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    });
    host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }
}
