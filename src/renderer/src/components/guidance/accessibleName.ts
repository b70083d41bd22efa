/**
 * What a control is called, as a screen reader would say it: aria-label, else the elements aria-labelledby
 * names, else its visible text (icons marked aria-hidden left out). Enough for Loket's own buttons.
 */
export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label')?.trim();
  if (label) return label;
  const labelledBy = referencedText(element, 'aria-labelledby');
  return labelledBy.trim() !== '' ? tidy(labelledBy) : tidy(visibleText(element));
}

/** What aria-describedby points to, as its visible text ("" without one): a dialog's message. */
export function accessibleDescription(element: Element): string {
  return tidy(referencedText(element, 'aria-describedby'));
}

/** The visible text of the elements an id-list attribute names, in its order ("" without the attribute). */
function referencedText(element: Element, attribute: 'aria-labelledby' | 'aria-describedby'): string {
  return (element.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter((id) => id !== '')
    .map((id) => element.ownerDocument.getElementById(id))
    .filter((e) => e !== null)
    .map(visibleText)
    .join(' ');
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
