import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PagePeopleList } from '../../components/PagePeopleList';
import { sendMessage, type PageSummary } from '../../utils/messages';

/**
 * The tab whose people to list: the active tab, or, when the popup is itself open as a tab
 * (pinned, or opened from its URL), the web page the user was on just before.
 */
async function targetTab(): Promise<number | undefined> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
  if (active?.id !== undefined && active.url && !active.url.startsWith(ownOrigin)) return active.id;
  const tabs = await browser.tabs.query({ currentWindow: true });
  const web = tabs
    .filter((t) => t.id !== undefined && /^https?:/.test(t.url ?? ''))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return web[0]?.id;
}

type State = { status: 'loading' } | { status: 'none' } | { status: 'ok'; summary: PageSummary };

function Popup() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    void (async () => {
      const tab = await targetTab();
      if (tab === undefined) return setState({ status: 'none' });
      try {
        setState({ status: 'ok', summary: await sendMessage('getPageSummary', undefined, tab) });
      } catch {
        setState({ status: 'none' });
      }
    })();
  }, []);
  return (
    <>
      <header>
        <h1>Ai là ai</h1>
      </header>
      <h2>Trên trang này</h2>
      {state.status === 'loading' ? <p class="status">Đang đọc trang…</p> : null}
      {state.status === 'none' ? <p class="status">Ai là ai không chạy trên trang này.</p> : null}
      {state.status === 'ok' ? <PagePeopleList people={state.summary.people} /> : null}
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
