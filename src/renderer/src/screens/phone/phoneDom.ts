/** A tiny element builder: the page's whole DOM is a few dozen elements, rebuilt on each change. */
export type Child = Node | string | null | false;

export function h(tag: string, attrs: Record<string, string | boolean | ((e: Event) => void)> | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  if (attrs) {
    for (const name in attrs) {
      const value = attrs[name];
      if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
      else if (value === true) el.setAttribute(name, '');
      else if (value !== false && value !== undefined) el.setAttribute(name, value);
    }
  }
  for (const child of children) {
    if (child === null || child === false) continue;
    el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}
