/** Reads the top of a tracker and says what every column holds: the starting point the user corrects in the panel. */
import { columnLetter, MAX_COLUMNS } from '../workbook/a1';
import { analyseColumns } from './analyse';
import type { HeaderReading } from './classify';
import { asRows, chosenHeaderRow, findDataStart, findHeaderRow } from './headerRow';
import { nameColumn, nameColumns, noHeaderRowWarning, warning } from './messages';
import { layoutSchema, type Layout, type LayoutColumn, type LayoutWarning } from './schema';
import { readBandRow } from './bandRow';
import { readSteppingStones, readWithValues } from './sheetReadings';
import { subjectsFromHeadings, type ColumnSubject } from './subjects';
import { expectedCollection } from './analyse';
import { headerText, tokenise } from './tokens';
import { gradeKind } from './gradeWords';

export interface DetectOptions {
  /** 0-based sheet row of the first row passed (when a host reads a used range that starts below row 1). */
  firstRow?: number;
  /** 0-based sheet column of the first cell of each row passed (when the used range starts right of column A). */
  firstColumn?: number;
  /** 0-based sheet row the user chose as the header row in the panel; detection then reads that row instead of searching. */
  headerRow?: number;
}

export function originOf(options: DetectOptions | undefined): { firstRow: number; firstColumn: number } {
  const whole = (value: unknown, max: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? Math.min(value, max) : 0;
  return { firstRow: whole(options?.firstRow, 10_000_000), firstColumn: whole(options?.firstColumn, MAX_COLUMNS - 1) };
}

/** How many columns the rows read span, never past the last column a sheet can have. */
export const widthOf = (rows: readonly unknown[][], firstColumn: number): number =>
  Math.min(
    rows.reduce((widest, row) => Math.max(widest, row.length), 0),
    MAX_COLUMNS - firstColumn,
  );

export const shortHeader = (text: string): string => (text.length > 200 ? `${text.slice(0, 197)}...` : text);

/**
 * `topRows` are the first 15 rows of a sheet as a host's getValues returns them (text, numbers,
 * booleans, null or ''). Never throws: a sheet it cannot read comes back with an error-level warning.
 */
export function detectLayout(topRows: unknown[][], options?: DetectOptions): Layout {
  const { firstRow, firstColumn } = originOf(options);
  const rows = asRows(topRows);
  const width = widthOf(rows, firstColumn);
  const chosen = options?.headerRow;
  const userChose = typeof chosen === 'number' && Number.isInteger(chosen);
  const header = width === 0 ? null : userChose ? chosenHeaderRow(rows, chosen - firstRow, width) : findHeaderRow(rows, width);
  if (!header) {
    const warnings = [userChose && width > 0 ? chosenRowWarning(chosen, firstRow, rows.length) : noHeaderRowWarning(rows.length)];
    return { version: 1, headerRow: null, dataStartRow: null, columns: [], pairs: [], subjects: [], collections: [], warnings };
  }
  const dataStart = findDataStart(rows, header.row);
  const holdsData = (column: number) =>
    rows.slice(dataStart).some((row) => headerText(row[column]) !== '' || typeof row[column] === 'boolean');
  let used = width;
  while (used > 0 && header.readings[used - 1]!.text === '' && !holdsData(used - 1)) used -= 1;

  if (used === 0) {
    const warnings = [
      warning('noHeaderRow', 'error', `Row ${firstRow + header.row + 1} is empty: choose the row that holds the column headings.`),
    ];
    return { version: 1, headerRow: null, dataStartRow: null, columns: [], pairs: [], subjects: [], collections: [], warnings };
  }
  const own = readSteppingStones(readWithValues(header.readings.slice(0, used), rows.slice(dataStart)));
  const { readings, subjects, collections } = readBandRow(own, subjectsFromHeadings(own), rows[header.row - 1]);
  const columns = readings.map((reading, column) =>
    buildColumn(reading, subjects[column]!, collections[column] ?? null, firstColumn + column),
  );

  const found: LayoutWarning[] = [];
  if (header.recognised === 1 && !userChose) {
    const only = columns.find((_, column) => readings[column]!.recognised)!;
    found.push(
      warning(
        'weakHeaderRow',
        'warning',
        `Only one heading in row ${firstRow + header.row + 1} was recognised (${nameColumn(only)}): ` +
          'check that it is the header row, or choose the right row in the panel.',
        [only],
      ),
    );
  }
  const unheaded = columns.filter((column, position) => readings[position]!.text === '' && holdsData(position));
  if (unheaded.length > 0) {
    const one = unheaded.length === 1;
    found.push(
      warning(
        'blankHeading',
        'info',
        `${nameColumns(unheaded)} ${one ? 'has' : 'have'} no heading but ${one ? 'holds' : 'hold'} data: ` +
          `give ${one ? 'it a heading' : 'each a heading'} (for example 'RP2'), or set ${one ? 'its' : 'their'} role in the panel.`,
        unheaded,
      ),
    );
  }
  return layoutSchema.parse({
    version: 1,
    headerRow: firstRow + header.row,
    dataStartRow: firstRow + dataStart,
    ...analyseColumns(columns, found),
  });
}

const chosenRowWarning = (chosen: number, firstRow: number, rowsRead: number): LayoutWarning =>
  warning(
    'noHeaderRow',
    'error',
    `Row ${chosen + 1} cannot be the header row: only rows ${firstRow + 1} to ${firstRow + rowsRead} were read. ` +
      'Choose a row in that range.',
  );

/** `band` is the collection named above the heading ("Autumn" over "Working At"), which the column's label and collection carry. */
function buildColumn(reading: HeaderReading, found: ColumnSubject, band: string | null, index: number): LayoutColumn {
  const { fromBand } = found;
  const subject = found.subject === null ? null : found.subject.slice(0, 100).trim();
  const letter = columnLetter(index);
  const header = shortHeader(reading.text);
  const own = header === '' ? `Column ${letter}` : header;
  const label = [subject && fromBand ? subject : '', band ?? '', own].filter((part) => part !== '').join(' ');
  const ownWords = `${band ? `${band} ` : ''}${subject && !fromBand && reading.subject ? reading.collectionLabel : own}`;
  const collection = reading.role === 'grade' ? ownWords : reading.role === 'expected' ? expectedCollection(ownWords) : null;
  const kind = reading.role === 'grade' ? gradeKind(tokenise(header).map((token) => token.word)) : null;
  return {
    index,
    letter,
    header,
    label: label.length > 260 ? `${label.slice(0, 257)}...` : label,
    role: reading.role,
    subject,
    collection,
    ...(kind ? { kind } : {}),
  };
}
