/// <reference types="office-js" />
/**
 * The task pane: the shared panel (core/panel) on the page's one mount point, #app, talking to
 * Excel through the Excel host; below it, in its own section, Tracklight's functions with their
 * help. functions.js, loaded by the same page before this script (the shared runtime), has
 * registered them by the time Office is ready. Registry text goes in as textContent only; the
 * panel does the same for everything it reads from a sheet.
 */
import { functions } from '../core/index';
import { mountPanel } from '../core/panel';
import { excelSignature } from './excelSpelling';
import { createExcelHost } from './host';

/** The id of the functions section in taskpane.html. */
export const FUNCTIONS_ID = 'functions';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills the functions section (a <details> whose <summary> is in the page) with every function and its help. */
export function renderFunctionList(section: HTMLElement): void {
  const status = element('p', 'Tracklight functions are ready.');
  status.className = 'functions-ready';
  status.setAttribute('role', 'status');
  const hint = element('p', 'Type = and a name in any cell. Each function takes whole ranges and fills the answer down for every pupil.');
  const list = element('dl');
  list.className = 'functions-list';
  for (const fn of Object.values(functions)) {
    list.append(element('dt', `=${excelSignature(fn)}`), element('dd', fn.description));
  }
  const summary = section.querySelector('summary');
  section.replaceChildren(...(summary ? [summary] : []), status, hint, list);
}

/** mountPanel shows its own message when Excel cannot be read; this is for anything it did not foresee. */
function showPanelFailure(app: HTMLElement, problem: unknown): void {
  const message = element(
    'p',
    `Tracklight could not start its panel: ${problem instanceof Error ? problem.message : String(problem)}. ` +
      'Close the pane and open it again. The functions below still work.',
  );
  message.setAttribute('role', 'alert');
  app.replaceChildren(message);
}

function startPane(): void {
  // The functions list first: it needs nothing from the workbook, so it shows whatever the panel meets.
  const section = document.getElementById(FUNCTIONS_ID);
  if (section) renderFunctionList(section);
  const app = document.getElementById('app');
  if (!app) return;
  mountPanel(app, createExcelHost()).catch((problem: unknown) => showPanelFailure(app, problem));
}

void Office.onReady(startPane);
