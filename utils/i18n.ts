/**
 * The bundled _locales messages, looked up in the language the user chose (options) or,
 * by default, the browser's. See lib/i18n/translate.ts for why both languages are bundled.
 */
import { browser } from 'wxt/browser';
import {
  createTranslator,
  pickLanguage,
  type Language,
  type LocaleMessages,
  type Translate,
} from '../lib/i18n/translate';
import vi from '../public/_locales/vi/messages.json';
import en from '../public/_locales/en/messages.json';
import type { Settings } from './settings';

const MESSAGES: Record<Language, LocaleMessages> = { vi, en };

export function translatorFor(language: Language): Translate {
  return createTranslator(MESSAGES[language], MESSAGES[language === 'vi' ? 'en' : 'vi']);
}

export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

export function languageOf(settings: Pick<Settings, 'language'>): Language {
  return pickLanguage(settings.language, browserLanguage());
}
