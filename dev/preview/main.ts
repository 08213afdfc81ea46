/**
 * The dev-only preview page: the shared panel beside a grid, over an in-memory workbook holding
 * the synthetic school's Y7-Y11 maths tracker. Never shipped: it exists so the panel can be tried
 * and tested in a plain browser, with no Excel and no Google account.
 *   ?kind=sheets   the panel as the Sheets sidebar looks (default: Excel's Fluent look)
 *   ?checks        adds the sheets the browser tests need (no target column; markup in headings)
 *   ?reports       adds a wide Year 11 tracker and a school tab named like a class sheet, for the reports
 *   ?edges         adds an empty tab, and a tab whose headings rows added above pushed out of the rows read
 *   ?scales        adds a flight-path tracker and a tracker in KS3 descriptors, for the school's own grade scale
 *   ?sheets        adds Year 11 as one sheet per subject (Y11 Maths, Y11 English, Y11 Science), for "Report on several sheets"
 *   ?leaders       adds a Year 11 maths tracker with classes, ethnicity, attendance, effort and results, for leaders' questions
 *   ?events=off    the host tells the panel nothing when another sheet is opened, as in Sheets
 *   ?date=YYYY-MM-DD  reports are dated this day, not today (npm run screenshots, so they never change)
 */
import { mountPanel } from '../../core/panel';
import { previewWorkbook } from './fixtures';
import { mountGrid } from './grid';
import { createPainter } from './painter';
import { createPreviewHost } from './previewHost';

const params = new URLSearchParams(location.search);
const kind = params.get('kind') === 'sheets' ? 'sheets' : 'excel';
const workbook = previewWorkbook({
  checks: params.has('checks'),
  reports: params.has('reports'),
  edges: params.has('edges'),
  scales: params.has('scales'),
  sheets: params.has('sheets'),
  leaders: params.has('leaders'),
});
const hostOptions = { kind, sheetEvents: params.get('events') !== 'off', today: fixedDay(params.get('date')) } as const;

/** ?date=2026-03-20 as that local day; anything else is refused loudly, not read as today. */
function fixedDay(text: string | null): (() => Date) | undefined {
  if (text === null) return undefined;
  const [year, month, day] = (/^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? []).slice(1).map(Number);
  const date = new Date(year!, month! - 1, day);
  if (!year || date.getMonth() !== month! - 1 || date.getDate() !== day) throw new Error(`?date=${text} is not a day written YYYY-MM-DD.`);
  return () => new Date(date);
}

mountGrid(document.getElementById('grid-root')!, workbook, createPainter('paint-worker.js'));

let panelRoot = document.getElementById('panel-root')!;
panelRoot.classList.add(`pv-panel-${kind}`);
let current = createPreviewHost(workbook, hostOptions);

/** "Reopen panel": a fresh panel reads what the last one saved, as reopening the add-in would. */
function openPanel(): Promise<void> {
  current.dispose();
  current = createPreviewHost(workbook, hostOptions);
  const fresh = panelRoot.cloneNode(false) as HTMLElement;
  fresh.className = `pv-panel pv-panel-${kind}`;
  panelRoot.replaceWith(fresh);
  panelRoot = fresh;
  return mountPanel(panelRoot, current);
}

document.getElementById('pv-reopen')!.addEventListener('click', () => void openPanel());
void mountPanel(panelRoot, current);
