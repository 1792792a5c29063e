// A tiny element builder: text always goes through textContent, so nothing from the API is parsed as HTML.

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | EventListener | undefined>;

export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') {
      element.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the page's content and moves focus to it, so screen readers announce the new screen. */
export function show(...children: Child[]): void {
  const app = document.getElementById('app')!;
  app.replaceChildren();
  append(app, ...children);
  app.focus();
}

export function percent(share: number | null | undefined, digits = 1): string {
  return share === null || share === undefined ? '–' : `${(share * 100).toFixed(digits)}%`;
}

export function number(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? '–' : value.toFixed(digits);
}

/** A table with a caption: the accessible form of a chart's numbers, and what tests read. */
export function table(caption: string, headers: string[], rows: Child[][]): HTMLElement {
  // the wrapper scrolls sideways on a narrow screen instead of widening the page
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': caption },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col' }, header)))),
      h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((cell) => h('td', {}, cell))))),
    ),
  );
}
