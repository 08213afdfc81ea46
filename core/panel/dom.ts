/**
 * The panel's only way of making DOM. Text always goes in through textContent (headings, names
 * and sheet names come from a school's workbook and may hold anything), so nothing here or
 * elsewhere in core/panel ever parses a string as HTML.
 */
type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children; strings become text nodes, never markup. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Text read by screen readers but not shown, e.g. to say what "->" means. */
export const hiddenText = (text: string): HTMLSpanElement => el('span', { className: 'tl-visually-hidden', text });

let counter = 0;
/** Ids for <label for>: unique in the page even when two panels are mounted (tests, preview remounts). */
export const uniqueId = (prefix: string): string => `tl-${prefix}-${(counter += 1)}`;

/** A labelled <select>; `options` are [value, text] pairs. */
export function selectBox(id: string, options: readonly (readonly [string, string])[], selected: string): HTMLSelectElement {
  const select = el('select', { attrs: { id } });
  for (const [value, text] of options) {
    const option = el('option', { text, attrs: { value } });
    option.selected = value === selected;
    select.appendChild(option);
  }
  return select;
}

export function button(text: string, className = 'tl-button'): HTMLButtonElement {
  return el('button', { className, text, attrs: { type: 'button' } });
}
