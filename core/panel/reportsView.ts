/**
 * The reports section: "Preview report" and "Build report" with the headline numbers shown before
 * anything is written, then "Make class sheets". Everything from the sheet (its name, subject and
 * group names inside the sentences) goes in as text, never markup.
 */
import type { ActionButton } from './actionButton';
import { makeClassSheets } from './classSheetsAction';
import { el, uniqueId } from './dom';
import { buildReportSheet, previewReport, type PreviewDisplay, type ReportPreview } from './reports';
import { createStatusArea } from './status';

export function createReportsView(action: ActionButton): HTMLElement {
  const reportStatus = createStatusArea();
  const classStatus = createStatusArea();
  const preview = createPreviewDisplay();
  return el('section', { className: 'tl-section tl-reports', attrs: { 'aria-label': 'Reports' } }, [
    el('h2', { className: 'tl-heading', text: 'Reports' }),
    el('div', { className: 'tl-report-actions' }, [
      el('p', {
        className: 'tl-hint',
        text:
          'A gap and progress report on this sheet for governors and leaders. Preview report shows its headline numbers; ' +
          'Build report adds them, with the group grid, gaps, subjects and a chart, to a new sheet. No existing sheet is changed.',
      }),
      el('div', { className: 'tl-button-row' }, [
        action('Preview report', (session, status) => previewReport(session, status, preview), reportStatus),
        action('Build report', (session, status) => buildReportSheet(session, status, preview), reportStatus),
      ]),
      reportStatus.element,
      preview.element,
    ]),
    el('div', { className: 'tl-class-sheets' }, [
      el('h3', { text: 'Class sheets' }),
      el('p', {
        className: 'tl-hint',
        text:
          "One sheet per class, showing that class's rows of this tracker with the same traffic lights. The sheets are live " +
          'formulas over the tracker, so no pupil data is copied. Running it again updates them; no other sheet is changed.',
      }),
      el('div', { className: 'tl-button-row' }, [action('Make class sheets', makeClassSheets, classStatus)]),
      classStatus.element,
    ]),
  ]);
}

/** The headline numbers and the report's warnings, replaced whole each time a report is worked out. */
function createPreviewDisplay(): PreviewDisplay & { element: HTMLElement } {
  const headingId = uniqueId('report-preview');
  const heading = el('h3', { attrs: { id: headingId } });
  const state = el('p', { className: 'tl-report-state' });
  const lines = el('ul', { className: 'tl-headline-lines' });
  const warningsHeading = el('p', { className: 'tl-report-warnings-heading', text: 'Check before sharing:' });
  const warnings = el('ul', { className: 'tl-report-warnings' });
  const element = el('div', { className: 'tl-report-preview', attrs: { role: 'group', 'aria-labelledby': headingId, hidden: true } }, [
    heading,
    state,
    lines,
    warningsHeading,
    warnings,
  ]);
  let current: ReportPreview | null = null;
  return {
    element,
    get current() {
      return current;
    },
    show(preview) {
      current = preview;
      heading.textContent = `Headline numbers for '${preview.sheetName}'`;
      state.textContent = 'Not written yet.';
      lines.replaceChildren(...preview.headline.lines.map((line) => el('li', { className: 'tl-headline-line', text: line })));
      const shown = preview.report.warnings;
      warningsHeading.hidden = shown.length === 0;
      warnings.hidden = shown.length === 0;
      warnings.replaceChildren(...shown.map((warning) => el('li', { className: 'tl-report-warning', text: warning })));
      element.hidden = false;
    },
    written(reportSheet) {
      state.textContent = `Written to the new sheet '${reportSheet}'.`;
    },
  };
}
