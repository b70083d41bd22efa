import { en } from '../../shared/i18n/messages.en';
import { id } from '../../shared/i18n/messages.id';
import type { Language } from '../../shared/i18n/languages';
import type { MessageKey } from '../../shared/i18n/messageKey';

/** The texts the phone page uses, in both languages: its own and the rating screen's (the same survey words). */
function pageTexts(): Record<Language, Record<string, string>> {
  const keys = (Object.keys(id) as MessageKey[]).filter((k) => k.startsWith('phone.') || k.startsWith('rate.'));
  return {
    id: Object.fromEntries(keys.map((k) => [k, id[k]])),
    en: Object.fromEntries(keys.map((k) => [k, en[k]])),
  };
}

/** JSON inside a <script> element: "</script>" or "<!--" in a text must not end it early. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The phone page: one small document for every code. Its texts travel inside it (only the phone's and
 * the rating's, a few KB, not the whole dictionary), its script and style are the separate small bundle
 * built from src/renderer/src/screens/phone (out/renderer/phone/), so the page stays far below 40 KB.
 */
export function phonePageHtml(): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${id['phone.title']}</title>
<link rel="stylesheet" href="/phone/phone.css">
</head>
<body>
<main id="app"><p class="phone-loading">${id['phone.loading']}</p></main>
<script type="application/json" id="loket-texts">${scriptSafeJson(pageTexts())}</script>
<script src="/phone/phone.js"></script>
</body>
</html>
`;
}
