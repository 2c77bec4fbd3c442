/**
 * The browser-neutral surface the specs use. `chromium.ts` (playwright-core) and `firefox.ts`
 * (puppeteer-core over WebDriver BiDi) implement it; page objects (`article-page.ts`,
 * `popup-page.ts`) are written once on top of `BrowserPage.evaluate`.
 */

export type BrowserName = 'chromium' | 'firefox-mv2' | 'firefox-mv3';

/** Values that survive both drivers' argument serialisation. */
export type Serializable =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly Serializable[]
  | { readonly [key: string]: Serializable };

export interface BrowserPage {
  /**
   * Runs `fn` in the page's main world (what the page's own scripts see, not the content
   * script's isolated world). `fn` is sent as source text: it must not use anything from
   * its enclosing scope, only `arg`.
   */
  evaluate<R, A extends Serializable = undefined>(
    fn: (arg: A) => R | Promise<R>,
    arg?: A,
  ): Promise<R>;
  /** Moves the real mouse pointer to viewport coordinates in one step (one pointermove). */
  mouseMove(x: number, y: number): Promise<void>;
  /** A real click (move, press, release) at viewport coordinates. */
  mouseClick(x: number, y: number): Promise<void>;
  /** Presses and releases a real key ("Tab", "Escape", "Enter") in the focused element. */
  press(key: string): Promise<void>;
  /** Emulates the reader's system theme (`prefers-color-scheme`), where the driver can. */
  colorScheme?(scheme: 'light' | 'dark'): Promise<void>;
  /** Writes a PNG of the viewport. */
  screenshot(file: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** The unpacked build that was loaded. */
  readonly extensionDir: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, without a trailing slash. */
  readonly extensionOrigin: string;
  /** Milliseconds from launch to the extension being loaded. */
  readonly launchMs: number;
  /** A new tab, navigated to `url` and loaded. */
  openPage(url: string): Promise<BrowserPage>;
  /** A new tab showing an extension page (e.g. `popup.html`), once its document has loaded. */
  openExtensionPage(path: string): Promise<BrowserPage>;
  /**
   * The popup, opened as a tab (`popup.html`). Brings `forPage` to the front first: the popup
   * shows the most recently active web tab.
   */
  openPopup(forPage?: BrowserPage): Promise<BrowserPage>;
  close(): Promise<void>;
}

export interface BrowserTarget {
  readonly name: BrowserName;
  launch(): Promise<ExtensionBrowser>;
}
