/// <reference types="office-js" />
/**
 * The task pane, for now: says the functions are ready and lists them with their help.
 * Kept apart from functions.ts so the shared panel (issue 4) can replace this file alone;
 * it renders into the page's one mount point, #app. Registry text goes in as textContent only.
 */
import { functions } from '../core/index';
import { excelSignature } from './excelSpelling';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderReadyPane(app: HTMLElement): void {
  const status = element('p', 'Tracklight functions are ready.');
  status.setAttribute('role', 'status');
  const hint = element('p', 'Type = and a name in any cell. Each function takes whole ranges and fills the answer down for every pupil.');
  const list = element('dl');
  list.className = 'functions';
  for (const fn of Object.values(functions)) {
    list.append(element('dt', `=${excelSignature(fn)}`), element('dd', fn.description));
  }
  app.replaceChildren(element('h1', 'Tracklight'), status, hint, element('h2', 'Functions'), list);
}

Office.onReady(() => {
  const app = document.getElementById('app');
  if (app) renderReadyPane(app);
});
