/**
 * The language of every view: `<LanguageProvider language="en">` above a tree, `useText()`
 * inside it gives `t(key, ...substitutions)` over the _locales messages.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { Language, Translate } from '../lib/i18n/translate';
import { translatorFor } from '../utils/i18n';

interface LanguageContextValue {
  language: Language;
  t: Translate;
}

const LanguageContext = createContext<LanguageContextValue>({
  language: 'vi',
  t: translatorFor('vi'),
});

export function LanguageProvider(props: { language: Language; children: ComponentChildren }) {
  const value = useMemo(
    () => ({ language: props.language, t: translatorFor(props.language) }),
    [props.language],
  );
  return <LanguageContext.Provider value={value}>{props.children}</LanguageContext.Provider>;
}

export function useText(): LanguageContextValue {
  return useContext(LanguageContext);
}
