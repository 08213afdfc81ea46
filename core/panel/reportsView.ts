/**
 * The reports section: "Preview report" and "Build report" with the headline numbers shown before
 * anything is written, then "Make class sheets" and "Make pupil report sheet". The numbers belong to one sheet and go when the panel
 * moves to another (headlines.ts). Everything from the sheet (its name, subject and group names inside
 * the sentences) goes in as text, never markup. An empty sheet is offered none of it.
 */
import type { ActionButton } from './actionButton';
import { el, uniqueId } from './dom';
import { headlinesFollowing, type ShownHeadlines } from './shownHeadlines';
import { buildReportSheet, makeClassSheets, makePupilSheet, previewReport } from './onDemand';
import type { ReportPreview } from './reports';
import { reportSource } from './reportSource';
import type { PanelSession } from './session';
import { createReportSettingsView } from './reportSettingsView';
import { createSeveralSheetsView } from './severalSheetsView';
import { createStatusArea } from './status';

export function createReportsView(action: ActionButton, session: PanelSession): HTMLElement {
  const reportStatus = createStatusArea();
  const classStatus = createStatusArea();
  const pupilStatus = createStatusArea();
  const headlines = headlinesFollowing(session);
  const preview = createPreviewDisplay(headlines);
  const emptyHint = el('p', { className: 'tl-hint tl-empty-hint', text: 'Reports and class sheets are made from a tracker.' });
  const reportActions = el('div', { className: 'tl-report-actions' }, [
    el('p', {
      className: 'tl-hint',
      text:
        'A gap and progress report on this sheet for governors and leaders. Preview report shows its headline numbers; ' +
        'Build report adds them, with the group grid, gaps, subjects and a chart, to a new sheet. No existing sheet is changed.',
    }),
    el('div', { className: 'tl-button-row' }, [
      action('Preview report', (session, status) => previewReport(session, status, headlines), reportStatus),
      action('Build report', (session, status) => buildReportSheet(session, status, headlines), reportStatus),
    ]),
    reportStatus.element,
    preview,
    createReportSettingsView(session),
    createSeveralSheetsView(action, session, headlines),
  ]);
  const classSheets = el('div', { className: 'tl-class-sheets' }, [
    el('h3', { text: 'Class sheets' }),
    el('p', {
      className: 'tl-hint',
      text:
        "One sheet per class, showing that class's rows of this tracker with the same traffic lights. The sheets are live " +
        'formulas over the tracker, so no pupil data is copied. Running it again updates them; no other sheet is changed.',
    }),
    el('div', { className: 'tl-button-row' }, [action('Make class sheets', makeClassSheets, classStatus)]),
    classStatus.element,
  ]);
  const pupilSheet = el('div', { className: 'tl-pupil-sheet' }, [
    el('h3', { text: 'Pupil report sheet' }),
    el('p', {
      className: 'tl-hint',
      text:
        "One sheet that shows one pupil at a time, chosen from a list of this tracker's pupils: their targets, grades with the " +
        "traffic lights, effort and attendance, a line for the teacher's comment and the date, set to print on one A4 page. " +
        'It is live formulas over the tracker, so no pupil data is copied. Running it again updates only that sheet.',
    }),
    el('div', { className: 'tl-button-row' }, [action('Make pupil report sheet', makePupilSheet, pupilStatus)]),
    pupilStatus.element,
  ]);
  const showFor = () => {
    const empty = session.state?.empty ?? false;
    emptyHint.hidden = !empty;
    reportActions.hidden = empty;
    classSheets.hidden = empty;
    pupilSheet.hidden = empty || !session.host.writePupilSheet;
  };
  session.onChange(showFor);
  showFor();
  return el('section', { className: 'tl-section tl-reports', attrs: { 'aria-label': 'Reports' } }, [
    el('h2', { className: 'tl-heading', text: 'Reports' }),
    emptyHint,
    reportActions,
    classSheets,
    pupilSheet,
  ]);
}

/** The headline numbers and the report's warnings, replaced whole each time a report is worked out, hidden once they are cleared. */
function createPreviewDisplay(headlines: ShownHeadlines): HTMLElement {
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
  let shown: ReportPreview | null = null;
  headlines.onChange(() => {
    const preview = headlines.current;
    element.hidden = preview === null;
    if (preview !== shown) {
      shown = preview;
      // Emptied, not only hidden, once cleared: another sheet's numbers are not left in the page at all.
      heading.textContent = preview ? `Headline numbers for '${reportSource(preview)}'` : '';
      lines.replaceChildren(...(preview?.headline.lines ?? []).map((line) => el('li', { className: 'tl-headline-line', text: line })));
      const notes = preview?.report.warnings ?? [];
      warningsHeading.hidden = notes.length === 0;
      warnings.hidden = notes.length === 0;
      warnings.replaceChildren(...notes.map((warning) => el('li', { className: 'tl-report-warning', text: warning })));
    }
    const written = headlines.reportSheet;
    state.textContent = preview === null ? '' : written === null ? 'Not written yet.' : `Written to the new sheet '${written}'.`;
  });
  return element;
}
