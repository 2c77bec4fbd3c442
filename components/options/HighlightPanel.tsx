/** Options: which kinds of mention to highlight, and how. Pure view. */
import {
  HIGHLIGHT_KINDS,
  type HighlightKind,
  type HighlightMode,
  type Settings,
} from '../../utils/settings';
import { useText } from '../i18n';

export interface HighlightPanelProps {
  kinds: Settings['kinds'];
  mode: HighlightMode;
  onKind(kind: HighlightKind, on: boolean): void;
  onMode(mode: HighlightMode): void;
}

const KIND_KEYS: Record<HighlightKind, string> = {
  person: 'options_kindPerson',
  'person-unlinked': 'options_kindPersonUnlinked',
  title: 'options_kindTitle',
  body: 'options_kindBody',
};

const MODES: readonly HighlightMode[] = ['highlight', 'accessible'];

export function HighlightPanel({ kinds, mode, onKind, onMode }: HighlightPanelProps) {
  const { t } = useText();
  return (
    <section class="panel" aria-labelledby="highlight-heading">
      <h2 id="highlight-heading">{t('options_highlightHeading')}</h2>
      <fieldset>
        <legend>{t('options_kindsLegend')}</legend>
        {HIGHLIGHT_KINDS.map((kind) => (
          <label key={kind} class={`kind kind-${kind}`}>
            <input
              type="checkbox"
              data-testid={`kind-${kind}`}
              checked={kinds[kind]}
              onChange={(event) => onKind(kind, (event.currentTarget as HTMLInputElement).checked)}
            />
            <span class="swatch" aria-hidden="true" />
            {t(KIND_KEYS[kind])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options_modeLegend')}</legend>
        {MODES.map((m) => (
          <label key={m} class="choice">
            <input
              type="radio"
              name="highlight-mode"
              data-testid={`mode-${m}`}
              checked={mode === m}
              onChange={() => onMode(m)}
            />
            <span>
              {t(m === 'highlight' ? 'options_modeHighlight' : 'options_modeAccessible')}
              <span class="muted small block">
                {t(m === 'highlight' ? 'options_modeHighlightHint' : 'options_modeAccessibleHint')}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
