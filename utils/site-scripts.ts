/**
 * Background side of the per-site switch: the content script on the sites a user added.
 * The manifest runs it on the built-in news sites only; for any other host the user grants
 * the host permission (optional_host_permissions / optional_permissions, see wxt.config.ts)
 * and this module registers the same built files for that origin:
 * - MV3 (Chrome, Firefox): `scripting.registerContentScripts`, kept by the browser;
 * - Firefox MV2: `contentScripts.register`, which lasts as long as the (persistent) background
 *   page, so it is done again at every start from `Settings.sites`.
 * It also injects the script into an open tab at once, so the user need not reload.
 */
import { browser } from 'wxt/browser';
import { isNewsSite, originPatternFor } from '../lib/sites/site-key';
import type { Settings } from './settings';

const ID_PREFIX = 'ai-la-ai-site:';

/** Firefox MV2's contentScripts API (absent from WXT's browser type, which follows Chrome's). */
interface ContentScriptsApi {
  register(options: {
    matches: string[];
    js: { file: string }[];
    css: { file: string }[];
    runAt: 'document_idle';
  }): Promise<{ unregister(): Promise<void> }>;
}

/**
 * The content script's built files, as the manifest lists them, as paths from the package's
 * root: Firefox's getManifest() gives them as full moz-extension: URLs, which its
 * contentScripts.register refuses.
 */
function contentScriptFiles(): { js: string[]; css: string[] } {
  const [script] = browser.runtime.getManifest().content_scripts ?? [];
  const root = browser.runtime.getURL('/');
  const path = (file: string) => new URL(file, root).pathname.replace(/^\//, '');
  return { js: (script?.js ?? []).map(path), css: (script?.css ?? []).map(path) };
}

/** The hosts a user added and left on (news sites run from the manifest). */
export function addedHosts(settings: Pick<Settings, 'sites'>): string[] {
  return Object.entries(settings.sites)
    .filter(([key, on]) => on && !isNewsSite(key) && !key.includes('/'))
    .map(([key]) => key)
    .sort();
}

async function hasAccess(host: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPatternFor(host)] });
  } catch {
    return false;
  }
}

interface Registrar {
  registered(): Promise<string[]>;
  register(host: string): Promise<void>;
  unregister(host: string): Promise<void>;
}

/** MV3: scripting.registerContentScripts, one registration per host. */
function scriptingRegistrar(): Registrar {
  const scripting = browser.scripting;
  return {
    registered: async () =>
      (await scripting.getRegisteredContentScripts())
        .map((s) => s.id)
        .filter((id) => id.startsWith(ID_PREFIX))
        .map((id) => id.slice(ID_PREFIX.length)),
    register: async (host) => {
      const { js, css } = contentScriptFiles();
      await scripting.registerContentScripts([
        {
          id: ID_PREFIX + host,
          matches: [originPatternFor(host)],
          js,
          css,
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
    },
    unregister: async (host) => {
      await scripting.unregisterContentScripts({ ids: [ID_PREFIX + host] });
    },
  };
}

/** Firefox MV2: contentScripts.register, held in memory by the persistent background page. */
function contentScriptsRegistrar(): Registrar {
  const held = new Map<string, { unregister(): Promise<void> }>();
  return {
    registered: () => Promise.resolve([...held.keys()]),
    register: async (host) => {
      const { js, css } = contentScriptFiles();
      held.set(
        host,
        await (browser as unknown as { contentScripts: ContentScriptsApi }).contentScripts.register(
          {
            matches: [originPatternFor(host)],
            js: js.map((file) => ({ file })),
            css: css.map((file) => ({ file })),
            runAt: 'document_idle',
          },
        ),
      );
    },
    unregister: async (host) => {
      await held.get(host)?.unregister();
      held.delete(host);
    },
  };
}

export class SiteScripts {
  private readonly registrar: Registrar =
    browser.runtime.getManifest().manifest_version >= 3
      ? scriptingRegistrar()
      : contentScriptsRegistrar();
  private queue: Promise<unknown> = Promise.resolve();

  /** Runs `task` after the previous one, so registrations never race each other. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => {});
    return next;
  }

  /**
   * Makes the registrations match the settings: every added host that is on and whose
   * permission is granted has one, no other host has one.
   */
  sync(settings: Pick<Settings, 'sites'>): Promise<void> {
    return this.serial(async () => {
      const wanted: string[] = [];
      for (const host of addedHosts(settings)) if (await hasAccess(host)) wanted.push(host);
      const have = await this.registrar.registered();
      for (const host of have) if (!wanted.includes(host)) await this.registrar.unregister(host);
      for (const host of wanted) if (!have.includes(host)) await this.registrar.register(host);
    });
  }

  /** Injects the content script (and its CSS) into `tabId`, unless it already runs there. */
  async injectInto(tabId: number, running: () => Promise<boolean>): Promise<void> {
    if (await running()) return;
    const { js, css } = contentScriptFiles();
    if (browser.runtime.getManifest().manifest_version >= 3) {
      if (css.length) await browser.scripting.insertCSS({ target: { tabId }, files: css });
      // Built file names from the manifest, which WXT's typed public paths cannot list.
      await browser.scripting.executeScript({ target: { tabId }, files: js as never[] });
    } else {
      for (const file of css) await browser.tabs.insertCSS(tabId, { file });
      for (const file of js) await browser.tabs.executeScript(tabId, { file });
    }
  }
}
