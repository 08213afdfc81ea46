/**
 * Lists of labelled dropdowns kept in place across re-renders. A dropdown whose key is still
 * listed is the same element afterwards (never detached, so it keeps focus and its type-ahead),
 * with its options and value brought up to date.
 */
import { append, el, selectBox, uniqueId } from './dom';

export interface KeyedItem {
  /** Same key, same element: include whatever makes it a different control (sheet, column, label). */
  key: string;
  options: readonly (readonly [string, string])[];
  selected: string;
  /** The label's content, built once when the item first appears. */
  label: () => (Node | string)[];
  className: string;
  onChange: (value: string) => void;
}

interface Entry {
  item: HTMLElement;
  select: HTMLSelectElement;
  signature: string;
  onChange: (value: string) => void;
}

export function keyedList(list: HTMLElement): { element: HTMLElement; update(items: readonly KeyedItem[]): void } {
  const entries = new Map<string, Entry>();
  const create = (wanted: KeyedItem): Entry => {
    const id = uniqueId('choice');
    const select = selectBox(id, wanted.options, wanted.selected);
    const label = el('label', { attrs: { for: id } });
    append(label, wanted.label());
    const entry: Entry = {
      item: el('li', { className: wanted.className }, [label, select]),
      select,
      signature: JSON.stringify(wanted.options),
      onChange: wanted.onChange,
    };
    select.addEventListener('change', () => entry.onChange(select.value));
    return entry;
  };
  return {
    element: list,
    update(items) {
      const keys = new Set(items.map((item) => item.key));
      for (const [key, entry] of entries) {
        if (!keys.has(key)) {
          entry.item.remove();
          entries.delete(key);
        }
      }
      items.forEach((wanted, position) => {
        let entry = entries.get(wanted.key);
        if (!entry) entries.set(wanted.key, (entry = create(wanted)));
        entry.onChange = wanted.onChange;
        const signature = JSON.stringify(wanted.options);
        if (entry.signature !== signature) {
          entry.select.replaceChildren(...wanted.options.map(([value, text]) => el('option', { text, attrs: { value } })));
          entry.signature = signature;
        }
        if (entry.select.value !== wanted.selected) entry.select.value = wanted.selected;
        // Only items out of place move; an item already in place (perhaps focused) is left alone.
        if (list.children[position] !== entry.item) list.insertBefore(entry.item, list.children[position] ?? null);
      });
    },
  };
}

/** Changes text only when it differs, so live regions and screen readers are not told of non-changes. */
export function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
