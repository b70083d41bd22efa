/**
 * What a control is called, as a screen reader would say it: aria-label, else the elements aria-labelledby
 * names, else its visible text (icons marked aria-hidden left out). Enough for Loket's own buttons.
 */
export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label')?.trim();
  if (label) return label;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id))
      .filter((e) => e !== null)
      .map(visibleText)
      .join(' ');
    if (text.trim() !== '') return tidy(text);
  }
  return tidy(visibleText(element));
}

/** What aria-describedby points to, as its visible text ("" without one): a dialog's message. */
export function accessibleDescription(element: Element): string {
  const describedBy = element.getAttribute('aria-describedby');
  if (!describedBy) return '';
  return tidy(
    describedBy
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id))
      .filter((e) => e !== null)
      .map(visibleText)
      .join(' '),
  );
}

function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) return '';
  if (node instanceof HTMLImageElement) return node.alt;
  // Block children read as separate phrases ("A-017" then "KTP-el"), not run together.
  return Array.from(node.childNodes, visibleText).join(' ');
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
