/**
 * Projected Progress 8 and its four elements for each headline group, with the pupils each covers and
 * the DfE's 95% confidence interval; or, when the report shows no Progress 8, only the note saying why.
 */
import type { HeadlineRow, Report } from '../report';
import type { Progress8Figure as Figure } from '../report/progress8';
import { DFE_2023_PROGRESS8_SD } from '../targets/dfe2023Deviations';
import { FORMATS, type SheetGrid } from './grid';

type Figures = NonNullable<HeadlineRow['progress8']>;

const MEASURES: readonly [string, (figures: Figures) => Figure][] = [
  ['Progress 8', (figures) => figures],
  ['English element', (figures) => figures.elements.english],
  ['Maths element', (figures) => figures.elements.maths],
  ['EBacc element', (figures) => figures.elements.ebacc],
  ['Open element', (figures) => figures.elements.open],
];

const sd = (value: number) => value.toFixed(2);

/** How the interval is worked out, with the national spreads it uses, in a governor's words. */
export const PROGRESS8_INTERVAL_NOTE =
  "The 95% confidence interval is the DfE's: the mean plus or minus 1.96 times the national spread of pupils' scores " +
  `(standard deviation, 2023: Progress 8 ${sd(DFE_2023_PROGRESS8_SD.total)}, English ${sd(DFE_2023_PROGRESS8_SD.english)}, ` +
  `maths ${sd(DFE_2023_PROGRESS8_SD.maths)}, EBacc ${sd(DFE_2023_PROGRESS8_SD.ebacc)}, open ${sd(DFE_2023_PROGRESS8_SD.open)}) ` +
  'divided by the square root of the number of pupils. An interval that includes 0 is not clearly different from pupils nationally ' +
  'with the same KS2 starting points.';

export function progress8Section(grid: SheetGrid, report: Report): void {
  const attainment = report.attainment;
  if (!attainment) return;
  const rows = (report.headlines?.rows ?? []).filter((row) => row.progress8 !== null);
  if (attainment.progress8 && rows.length > 0) {
    const p8 = { format: FORMATS.progress8 };
    grid.table(
      `Projected Progress 8 and its elements from ${attainment.collection}, by the DfE's method`,
      [
        { label: 'Group' },
        { label: 'Measure' },
        { label: 'Pupils with KS2', format: FORMATS.count },
        { label: 'Mean', ...p8 },
        { label: '95% CI low', ...p8 },
        { label: '95% CI high', ...p8 },
      ],
      rows.flatMap((row) =>
        MEASURES.flatMap(([measure, pick]) => {
          const figure = pick(row.progress8!);
          return figure
            ? [[row.label, measure, figure.pupils, figure.mean, figure.interval?.low ?? null, figure.interval?.high ?? null]]
            : [];
        }),
      ),
    );
    grid.text(PROGRESS8_INTERVAL_NOTE);
  }
  for (const note of attainment.progress8Notes) grid.text(note);
  grid.blank();
}
