import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator, pickLanguage, type LocaleMessages } from './translate';

const read = (lang: string) =>
  JSON.parse(
    readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
  ) as LocaleMessages;

describe('createTranslator', () => {
  const t = createTranslator(
    {
      hello: { message: 'Xin chào $NAME$', placeholders: { name: { content: '$1' } } },
      count: { message: '$1 người, $2 lần' },
    },
    { only_en: { message: 'fallback' } },
  );
  it('fills named and numbered placeholders', () => {
    expect(t('hello', 'Minh')).toBe('Xin chào Minh');
    expect(t('count', 3, 7)).toBe('3 người, 7 lần');
  });
  it('falls back to the other language, then to the key', () => {
    expect(t('only_en')).toBe('fallback');
    expect(t('missing_key')).toBe('missing_key');
  });
});

describe('pickLanguage', () => {
  it('follows the browser unless the user chose', () => {
    expect(pickLanguage('auto', 'vi-VN')).toBe('vi');
    expect(pickLanguage('auto', 'en-US')).toBe('en');
    expect(pickLanguage('auto', 'fr')).toBe('en');
    expect(pickLanguage('vi', 'en-US')).toBe('vi');
  });
});

describe('_locales', () => {
  const vi = read('vi');
  const en = read('en');
  it('has every key in both languages', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
  });
  it('names messages and placeholders as chrome.i18n requires (else the extension does not load)', () => {
    for (const messages of [vi, en]) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(key, key).toMatch(/^[A-Za-z0-9_@]+$/);
        for (const name of Object.keys(entry.placeholders ?? {})) {
          expect(name, `${key}: ${name}`).toMatch(/^[A-Za-z0-9_@]+$/);
        }
      }
    }
  });
  it('has no empty message', () => {
    for (const [key, entry] of [...Object.entries(vi), ...Object.entries(en)]) {
      expect(entry.message.trim(), key).not.toBe('');
    }
  });
});
