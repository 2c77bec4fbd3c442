import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PagePeopleList } from '../../components/PagePeopleList';
import { LanguageProvider, useText } from '../../components/i18n';
import { PersonProfile } from '../../components/popup/PersonProfile';
import { SearchPanel } from '../../components/popup/SearchPanel';
import { SiteSwitch } from '../../components/popup/SiteSwitch';
import type { Person } from '../../lib/dataset/types';
import { rankPeople, type RankedPerson } from '../../lib/page/rank-people';
import { buildPeopleIndex, type PeopleIndex } from '../../lib/search/people-index';
import { languageOf } from '../../utils/i18n';
import { sendMessage, type PageSummary } from '../../utils/messages';
import { getSettings, watchSettings, type Settings } from '../../utils/settings';
import { siteStateOf, switchSite, type SiteState } from '../../utils/site-access';

interface TargetTab {
  id: number;
  url?: string;
}

/**
 * The tab the popup is about: the active tab, or, when the popup is itself open as a tab
 * (pinned, or opened from its URL), the web page the user was on just before.
 */
async function targetTab(): Promise<TargetTab | undefined> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
  if (active?.id !== undefined && active.url && !active.url.startsWith(ownOrigin)) {
    return { id: active.id, url: active.url };
  }
  const tabs = await browser.tabs.query({ currentWindow: true });
  const web = tabs
    .filter((t) => t.id !== undefined && /^https?:/.test(t.url ?? ''))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return web[0] ? { id: web[0].id!, url: web[0].url } : undefined;
}

type PageState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'ok'; summary: PageSummary; people: RankedPerson[] };

/** The page's people, ranked with their dataset records. Undefined when no content script answers. */
async function readPage(tabId: number): Promise<PageState | undefined> {
  let summary: PageSummary;
  try {
    summary = await sendMessage('getPageSummary', undefined, tabId);
  } catch {
    return undefined;
  }
  const ids = summary.people.flatMap((p) => (p.id ? [p.id] : []));
  const records = new Map((await sendMessage('getPeople', ids)).map((p) => [p.id, p]));
  return { status: 'ok', summary, people: rankPeople(summary.people, records, summary.date.date) };
}

/** Asks until a content script answers (it may still be starting), for up to `ms`. */
async function readPageSoon(tabId: number, ms: number): Promise<PageState> {
  const deadline = Date.now() + ms;
  for (;;) {
    const page = await readPage(tabId);
    if (page) return page;
    if (Date.now() > deadline) return { status: 'none' };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function Popup({ settings }: { settings: Settings }) {
  const { t } = useText();
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [site, setSite] = useState<SiteState | undefined>();
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [switching, setSwitching] = useState(false);
  const [refused, setRefused] = useState(false);
  const [missing, setMissing] = useState<string | undefined>();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<PeopleIndex | null>(null);
  const [profile, setProfile] = useState<Person | undefined>();
  const indexWanted = useRef(false);

  useEffect(() => {
    void (async () => {
      const found = await targetTab();
      setTab(found ?? null);
      if (!found) return setPage({ status: 'none' });
      setSite(await siteStateOf(found.url, settings));
      setPage(await readPageSoon(found.id, 1_500));
    })();
    // Settings are read again below when they change; the tab does not change.
  }, []);

  // The switch follows changes made elsewhere (the options page, another window).
  useEffect(() => {
    if (tab?.url) void siteStateOf(tab.url, settings).then(setSite);
  }, [settings.sites]);

  // The search index is built after the first paint, so the list shows at once.
  const prepareIndex = () => {
    if (indexWanted.current) return;
    indexWanted.current = true;
    void sendMessage('getSearchEntries', undefined).then((entries) => {
      const started = performance.now();
      const built = buildPeopleIndex(entries);
      console.debug(
        `Ai là ai: search index of ${built.size} people in ${Math.round(performance.now() - started)} ms`,
      );
      setIndex(built);
    });
  };
  useEffect(() => {
    const timer = setTimeout(prepareIndex, 50);
    return () => clearTimeout(timer);
  }, []);

  const results = useMemo(
    () => (query.trim() && index ? index.search(query, 30) : null),
    [query, index],
  );

  const onSwitch = (on: boolean) => {
    if (!site || !tab) return;
    setSwitching(true);
    setRefused(false);
    // switchSite asks for the permission synchronously: this is still the click.
    void switchSite(site, on, tab.id)
      .then(async (now) => {
        setRefused(on && !now);
        setSite({ ...site, on: now });
        if (now) setPage(await readPageSoon(tab.id, 5_000));
      })
      .catch((error: unknown) => {
        console.error('Ai là ai', error);
        setRefused(on);
      })
      .finally(() => setSwitching(false));
  };

  const onJump = (person: RankedPerson) => {
    if (!tab) return;
    setMissing(undefined);
    void sendMessage('showMention', { id: person.id, name: person.name }, tab.id)
      .catch(() => false)
      .then((shown) => {
        if (!shown) setMissing(person.id ?? person.name);
      });
  };

  const openProfile = (id: string) => {
    void sendMessage('getPeople', [id]).then(([person]) => setProfile(person));
  };

  if (profile) {
    return (
      <>
        <Header />
        <main>
          <PersonProfile person={profile} onBack={() => setProfile(undefined)} />
        </main>
      </>
    );
  }

  return (
    <>
      <Header />
      <main>
        {site ? (
          <SiteSwitch site={site} busy={switching} refused={refused} onChange={onSwitch} />
        ) : null}
        <SearchPanel
          query={query}
          results={results}
          onQuery={(q) => {
            prepareIndex();
            setQuery(q);
          }}
          onOpen={openProfile}
        />
        {query.trim() ? null : (
          <section aria-labelledby="on-this-page">
            <h2 id="on-this-page">{t('popup_onThisPage')}</h2>
            {site && !site.on ? (
              <p class="status" data-testid="page-status">
                {t('popup_siteOff')}
              </p>
            ) : page.status === 'loading' ? (
              <p class="status">{t('popup_readingPage')}</p>
            ) : null}
            {page.status === 'none' && (!site || site.on) ? (
              <p class="status" data-testid="page-status">
                {site === undefined ? t('popup_cannotRun') : t('popup_noAnswer')}
              </p>
            ) : null}
            {page.status === 'ok' && (!site || site.on) ? (
              <PagePeopleList
                people={page.people}
                onJump={onJump}
                onProfile={openProfile}
                missing={missing}
              />
            ) : null}
          </section>
        )}
      </main>
    </>
  );
}

function Header() {
  const { t } = useText();
  return (
    <header>
      <img src="/icon/32.png" alt="" width={20} height={20} />
      <h1>{t('common_appName')}</h1>
      <a
        class="options-link"
        href={browser.runtime.getURL('/options.html')}
        target="_blank"
        rel="noreferrer"
        data-testid="open-options"
        onClick={(event) => {
          event.preventDefault();
          void browser.runtime.openOptionsPage();
        }}
      >
        {t('popup_options')}
      </a>
    </header>
  );
}

function App() {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  const language = languageOf(settings);
  document.documentElement.lang = language;
  return (
    <LanguageProvider language={language}>
      <Popup settings={settings} />
    </LanguageProvider>
  );
}

render(<App />, document.getElementById('app')!);
