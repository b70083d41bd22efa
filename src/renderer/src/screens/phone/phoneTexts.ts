import type { Language } from '../../../../shared/i18n/languages';

/** The phone page's words, both languages, as the office put them into the page (src/main/phone/phonePage.ts). */
export type Texts = Record<Language, Record<string, string>>;
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function translator(texts: Texts, lang: Language): Translate {
  return (key, params) => {
    const text = texts[lang][key] !== undefined ? texts[lang][key] : key;
    if (!params) return text as string;
    return (text as string).replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
  };
}

export function readTexts(doc: Document): Texts {
  const element = doc.getElementById('loket-texts');
  return JSON.parse(element && element.textContent ? element.textContent : '{"id":{},"en":{}}') as Texts;
}
