/** Options: the language of the interface and the cards. Pure view. */
import type { Settings } from '../../utils/settings';
import { useText } from '../i18n';

export interface LanguagePanelProps {
  language: Settings['language'];
  onLanguage(language: Settings['language']): void;
}

const CHOICES: readonly [Settings['language'], string][] = [
  ['auto', 'options_languageAuto'],
  ['vi', 'options_languageVi'],
  ['en', 'options_languageEn'],
];

export function LanguagePanel({ language, onLanguage }: LanguagePanelProps) {
  const { t } = useText();
  return (
    <section class="panel" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('options_languageHeading')}</h2>
      <fieldset>
        <legend class="visually-hidden">{t('options_languageHeading')}</legend>
        {CHOICES.map(([value, key]) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="language"
              data-testid={`language-${value}`}
              checked={language === value}
              onChange={() => onLanguage(value)}
            />
            {t(key)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
