/** The on/off switch for the current site, at the top of the popup. Pure view. */
import type { SiteState } from '../../utils/site-access';
import { useText } from '../i18n';

export interface SiteSwitchProps {
  site: SiteState;
  busy: boolean;
  /** The browser refused (or the user declined) the site's permission. */
  refused: boolean;
  onChange(on: boolean): void;
}

export function SiteSwitch({ site, busy, refused, onChange }: SiteSwitchProps) {
  const { t } = useText();
  return (
    <div class="site-switch">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="site-toggle"
          checked={site.on}
          disabled={busy}
          onClick={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        <span class="switch-text">
          <span class="switch-label">{t('popup_siteSwitch', site.key)}</span>
          <span class="switch-note">
            {site.builtIn ? t('popup_siteBuiltIn') : t('popup_siteAdded')}
          </span>
        </span>
      </label>
      {refused ? (
        <p class="note error" role="alert">
          {t('popup_permissionRefused')}
        </p>
      ) : null}
    </div>
  );
}
