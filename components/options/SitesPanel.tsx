/**
 * Options: where Ai là ai runs. The built-in news sites, each with its switch, and the sites
 * the user added (each needs the browser's permission, asked when it is added or switched
 * on). Pure view: the options page passes the actions in.
 */
import { useState } from 'preact/hooks';
import { NEWS_SITES } from '../../lib/sites/news-sites';
import { hostFromInput } from '../../lib/sites/site-key';
import { useText } from '../i18n';

export interface AddedSite {
  host: string;
  /** Chosen on and permitted. */
  on: boolean;
}

export interface SitesActions {
  /** Switches a site; for an added site switching on asks for the permission (call from a click). */
  setSite(key: string, on: boolean): Promise<boolean>;
  /** Adds a host and switches it on (asks for the permission; call from a click). */
  addSite(host: string): Promise<boolean>;
  removeSite(host: string): Promise<void>;
}

export interface SitesPanelProps {
  /** Settings.sites */
  sites: Readonly<Record<string, boolean>>;
  added: readonly AddedSite[];
  actions: SitesActions;
}

export function SitesPanel({ sites, added, actions }: SitesPanelProps) {
  const { t } = useText();
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState<{ text: string; error?: boolean } | undefined>();

  const onAdd = (event: Event) => {
    event.preventDefault();
    const host = hostFromInput(draft);
    if (!host) {
      setNote({ text: t('options_siteInvalid', draft.trim()), error: true });
      return;
    }
    // Straight from the submit: the permission prompt needs the user's gesture.
    void actions.addSite(host).then(
      (granted) => {
        setNote(
          granted
            ? { text: t('options_siteAdded', host) }
            : { text: t('options_sitePermissionRefused', host), error: true },
        );
        if (granted) setDraft('');
      },
      (error: unknown) => setNote({ text: String(error), error: true }),
    );
  };

  const onAddedSwitch = (host: string, on: boolean) => {
    void actions.setSite(host, on).then((now) => {
      if (on && !now) setNote({ text: t('options_sitePermissionRefused', host), error: true });
    });
  };

  return (
    <section class="panel" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sitesHeading')}</h2>
      <p class="muted">{t('options_sitesIntro')}</p>
      <h3>{t('options_newsSites')}</h3>
      <ul class="site-list" data-testid="news-sites">
        {NEWS_SITES.map((site) => (
          <li key={site}>
            <label>
              <input
                type="checkbox"
                data-testid={`site-switch-${site}`}
                checked={sites[site] ?? true}
                onChange={(event) =>
                  void actions.setSite(site, (event.currentTarget as HTMLInputElement).checked)
                }
              />
              {site}
            </label>
          </li>
        ))}
      </ul>
      <h3>{t('options_addedSites')}</h3>
      {added.length === 0 ? <p class="muted">{t('options_noAddedSites')}</p> : null}
      {added.length ? (
        <ul class="site-list added" data-testid="added-sites">
          {added.map((site) => (
            <li key={site.host}>
              <label>
                <input
                  type="checkbox"
                  data-testid={`site-switch-${site.host}`}
                  checked={site.on}
                  onClick={(event) =>
                    onAddedSwitch(site.host, (event.currentTarget as HTMLInputElement).checked)
                  }
                />
                {site.host}
              </label>
              <button
                type="button"
                class="link"
                aria-label={t('options_removeSite', site.host)}
                onClick={() => void actions.removeSite(site.host)}
              >
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form class="add-site" onSubmit={onAdd}>
        <label for="add-site-input">{t('options_addSiteLabel')}</label>
        <div class="inline">
          <input
            id="add-site-input"
            type="text"
            inputMode="url"
            data-testid="add-site-input"
            placeholder="baodautu.vn"
            value={draft}
            onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" data-testid="add-site-button">
            {t('options_addSite')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {note ? <p class={note.error ? 'error' : 'ok'}>{note.text}</p> : null}
      </div>
    </section>
  );
}
