/**
 * Strings of the interface, read from the extension's _locales messages files (the format of
 * chrome.i18n: `{ key: { message, placeholders? } }`). The user picks the language in the
 * options, so both languages are bundled and this module looks strings up itself instead of
 * through `browser.i18n.getMessage`, which only knows the browser's language.
 */
export type Language = 'vi' | 'en';

export const LANGUAGES: readonly Language[] = ['vi', 'en'];

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleMessages = Record<string, LocaleMessage>;

/** Looks up `key` and fills `$1`…`$9` and named `$name$` placeholders with `substitutions`. */
export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

export function createTranslator(messages: LocaleMessages, fallback?: LocaleMessages): Translate {
  return (key, ...substitutions) => {
    const entry = messages[key] ?? fallback?.[key];
    if (!entry) return key;
    const subs = substitutions.map(String);
    const fill = (text: string): string =>
      text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    // Named placeholders first (chrome.i18n's format), then bare $1 in the message itself.
    const named = entry.message.replace(/\$([A-Za-z_][A-Za-z0-9_]*)\$/g, (whole, name: string) => {
      const placeholder = Object.entries(entry.placeholders ?? {}).find(
        ([k]) => k.toLowerCase() === name.toLowerCase(),
      );
      return placeholder ? placeholder[1].content : whole;
    });
    return fill(named).replace(/\$\$/g, '$');
  };
}

/** The interface language: the user's choice, else the browser's when it is Vietnamese or English. */
export function pickLanguage(choice: 'auto' | Language, browserLanguage: string): Language {
  if (choice !== 'auto') return choice;
  return browserLanguage.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
