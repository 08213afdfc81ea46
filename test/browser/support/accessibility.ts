/** Accessibility measures taken in the page, shared by the panel's browser tests. */
import type { Page } from 'playwright-core';

/** Text below 4.5:1 on its background, and input borders below 3:1, measured in the page (WCAG 2.1 formula). */
export function contrastProblems(page: Page, scope = '#panel-root'): Promise<string[]> {
  return page.evaluate((within) => {
    const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const linear = (value: number) => ((value /= 255) <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
    };
    const ratio = (a: string, b: string) => {
      const [light, dark] = [luminance(channels(a)), luminance(channels(b))].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    const background = (element: Element | null): string => {
      for (let at = element; at; at = at.parentElement) {
        const colour = getComputedStyle(at).backgroundColor;
        if (channels(colour)[3] !== 0) return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    const problems: string[] = [];
    for (const element of Array.from(document.querySelectorAll(`${within} *`))) {
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || (element as HTMLElement).offsetParent === null || element.closest('.tl-visually-hidden'))
        continue;
      const ownText = Array.from(element.childNodes).some(
        (child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '',
      );
      if (ownText && ratio(style.color, background(element)) < 4.5)
        problems.push(`text '${element.textContent!.trim().slice(0, 40)}' ${style.color} on ${background(element)}`);
      if (
        element.matches('select, input[type=text], input[type=number]') &&
        ratio(style.borderTopColor, background(element.parentElement)) < 3
      ) {
        problems.push(`border of ${element.id} ${style.borderTopColor}`);
      }
    }
    return problems;
  }, scope);
}

/** What Tab lands on next: its accessible name as a person would hear it (label, or text). */
export async function tabTo(page: Page): Promise<string> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLInputElement | null;
    if (!focused) return '';
    // A label's text as read out: parts marked aria-hidden are not.
    const source = (focused.labels?.[0] ?? focused).cloneNode(true) as HTMLElement;
    source.querySelectorAll('[aria-hidden=true]').forEach((hidden) => hidden.remove());
    return (source.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}
