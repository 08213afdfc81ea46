/**
 * The top of the report sheet: what a governor reads first. The figures are the same ones the panel
 * previews (reportHeadline), so the sheet never disagrees with what the user saw before writing it.
 */
import { reportHeadline, type Report } from '../report';
import { FORMATS, type SheetGrid } from './grid';

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

export function headlineSection(grid: SheetGrid, report: Report, sourceSheet: string, date: string): void {
  const headline = reportHeadline(report);
  grid.title(`Tracklight report - ${sourceSheet} - ${date}`);
  grid.text(
    `Grades are compared with each pupil's target as ON_TRACK does (tolerance ${report.settings.tolerance} grades). ` +
      'Groups under 10 pupils are marked, never hidden.',
  );
  grid.blank();

  grid.table('Headlines', [{ label: 'Measure' }, { label: 'Value' }], []);
  grid.row(['Pupils', { value: report.pupils, format: FORMATS.count }]);
  if (report.latest === null) grid.text('No grades have been entered yet.');
  else if (headline.onTarget !== null)
    grid.row([`Grades on or above target at ${report.latest}`, { value: headline.onTarget, format: FORMATS.share }]);

  const trend = report.trends.find((candidate) => candidate.family === report.leadingFamily) ?? null;
  const latestGap = trend?.points.find((point) => point.collection === report.latest)?.gap ?? null;
  if (trend && latestGap && latestGap.onTarget !== null) {
    grid.row([
      `${trend.name} on target at ${report.latest} (percentage points; above 0: ${latestGap.focusPupils} behind)`,
      { value: latestGap.onTarget * 100, format: FORMATS.points },
    ]);
  }
  const attainment = report.attainment;
  if (attainment && headline.attainment8 !== null) {
    grid.row([
      `Projected Attainment 8, mean of ${attainment.attainment8.pupils} pupils`,
      { value: headline.attainment8, format: FORMATS.attainment8 },
    ]);
  }
  if (attainment?.progress8 && headline.progress8 !== null) {
    grid.row([
      `Projected Progress 8, mean of ${attainment.progress8.pupils} pupils`,
      { value: headline.progress8, format: FORMATS.progress8 },
    ]);
  }
  if (headline.gap) grid.text(sentence(headline.gap.sentence));
  if (trend?.latestResidualSentence) grid.text(sentence(trend.latestResidualSentence));
  if (headline.gap?.caution) grid.text(headline.gap.caution);
  grid.blank();

  const measures = report.headlines;
  if (!measures) return;
  grid.table(
    `DfE headline measures, projected from ${measures.collection}`,
    [
      { label: 'Group' },
      { label: 'Pupils', format: FORMATS.count },
      { label: 'English and maths grade 4+', format: FORMATS.share },
      { label: 'English and maths grade 5+', format: FORMATS.share },
      { label: 'English and maths grade 7+', format: FORMATS.share },
      { label: 'EBacc entry', format: FORMATS.share },
      { label: 'EBacc grade 4+', format: FORMATS.share },
      { label: 'EBacc grade 5+', format: FORMATS.share },
      { label: 'EBacc average point score', format: FORMATS.progress8 },
      { label: 'Average Attainment 8', format: FORMATS.attainment8 },
    ],
    measures.rows.map((row) => [
      row.label,
      row.pupils,
      row.englishMaths4,
      row.englishMaths5,
      row.englishMaths7,
      row.ebaccEntry,
      row.ebacc4,
      row.ebacc5,
      row.ebaccAps,
      row.averageAttainment8,
    ]),
  );
  for (const note of measures.notes) grid.text(note);
  grid.text(measures.ebaccRule);
  grid.blank();
}
