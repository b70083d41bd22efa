import { describe, expect, it } from 'vitest';
import { phonePageHtml } from '../../../src/main/phone/phonePage';

type Texts = Record<'id' | 'en', Record<string, string>>;

function pageTexts(): Texts {
  const json = /<script type="application\/json" id="loket-texts">(.*)<\/script>/.exec(phonePageHtml())?.[1] ?? '{}';
  return JSON.parse(json) as Texts;
}

describe('the phone page document', () => {
  it("carries the phone's and the rating's words in both languages, and no other", () => {
    const texts = pageTexts();
    expect(texts.id['phone.called.go']).toBe('Silakan ke {counter}');
    expect(texts.en['phone.called.go']).toBe('Please go to {counter}');
    expect(texts.id['rate.invite.title']).toBe('Terima kasih! Isi survei lengkap?');
    expect(Object.keys(texts.en).sort()).toEqual(Object.keys(texts.id).sort());
    expect(Object.keys(texts.id).every((k) => k.startsWith('phone.') || k.startsWith('rate.'))).toBe(true);
    // A few KB, not the whole dictionary.
    expect(phonePageHtml().length).toBeLessThan(16_000);
  });

  it('is a classic script page that no text can break out of', () => {
    const html = phonePageHtml();
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<script src="/phone/phone.js"></script>');
    expect(html).not.toContain('type="module"');
    const json = /id="loket-texts">(.*)<\/script>/.exec(html)?.[1] ?? '';
    expect(json).not.toContain('<');
  });
});

