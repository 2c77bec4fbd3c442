import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DatasetPanel, type DatasetActions } from '../../components/DatasetPanel';
import { LanguageProvider, useText } from '../../components/i18n';
import { HighlightPanel } from '../../components/options/HighlightPanel';
import { LanguagePanel } from '../../components/options/LanguagePanel';
import { SitesPanel, type AddedSite, type SitesActions } from '../../components/options/SitesPanel';
import { isNewsSite } from '../../lib/sites/site-key';
import { languageOf, translatorFor } from '../../utils/i18n';
import { sendMessage, type DatasetSummary } from '../../utils/messages';
import { getSettings, updateSettings, watchSettings, type Settings } from '../../utils/settings';
import { hasSiteAccess, removeSite, switchSite } from '../../utils/site-access';

type DatasetState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ok'; info: DatasetSummary };

function Options({ settings }: { settings: Settings }) {
  const { t } = useText();
  const [dataset, setDataset] = useState<DatasetState>({ status: 'loading' });
  const [added, setAdded] = useState<AddedSite[]>([]);

  const refresh = async () => {
    setDataset({ status: 'ok', info: await sendMessage('getDatasetInfo', undefined) });
  };
  useEffect(() => {
    refresh().catch((error: unknown) =>
      setDataset({
        status: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
    );
  }, []);

  // Added sites: on when chosen on and the browser still grants the permission.
  useEffect(() => {
    const hosts = Object.keys(settings.sites)
      .filter((key) => !isNewsSite(key))
      .sort();
    void Promise.all(
      hosts.map(async (host) => ({
        host,
        on: settings.sites[host] === true && (await hasSiteAccess(host)),
      })),
    ).then(setAdded);
  }, [settings.sites]);

  const datasetActions = useMemo<DatasetActions>(
    () => ({
      importFile: async (file) => {
        const result = await sendMessage('importDataset', await file.text());
        if (result.ok) await refresh();
        return result;
      },
      exportDataset: () => sendMessage('exportDataset', undefined),
      reset: async () => {
        const info = await sendMessage('resetDataset', undefined);
        setDataset({ status: 'ok', info });
        return info;
      },
    }),
    [],
  );

  const sitesActions: SitesActions = {
    setSite: (key, on) => switchSite({ key, builtIn: isNewsSite(key), on: !on }, on),
    addSite: (host) => switchSite({ key: host, builtIn: isNewsSite(host), on: false }, true),
    removeSite,
  };

  return (
    <>
      <header>
        <img src="/icon/48.png" alt="" width={28} height={28} />
        <h1>{t('options_title')}</h1>
      </header>
      <main>
        <LanguagePanel
          language={settings.language}
          onLanguage={(language) => void updateSettings({ language })}
        />
        <HighlightPanel
          kinds={settings.kinds}
          mode={settings.highlightMode}
          onKind={(kind, on) => void updateSettings((s) => ({ kinds: { ...s.kinds, [kind]: on } }))}
          onMode={(highlightMode) => void updateSettings({ highlightMode })}
        />
        <SitesPanel sites={settings.sites} added={added} actions={sitesActions} />
        {dataset.status === 'loading' ? <p class="status">{t('dataset_loading')}</p> : null}
        {dataset.status === 'error' ? (
          <p class="status error">{t('dataset_loadFailed', dataset.message)}</p>
        ) : null}
        {dataset.status === 'ok' ? (
          <DatasetPanel info={dataset.info} actions={datasetActions} />
        ) : null}
      </main>
    </>
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
  document.title = translatorFor(language)('options_title');
  return (
    <LanguageProvider language={language}>
      <Options settings={settings} />
    </LanguageProvider>
  );
}

render(<App />, document.getElementById('app')!);
