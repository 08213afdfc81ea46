/** One tracker row as a pupil: who they are, which groups they belong to, KS2 and interventions. */
import type { Layout, LayoutColumn } from '../layout/schema';
import { isBlankText, readNumberCell } from '../values';
import { readKs2Score } from '../targets/ks2';
import type { ProblemLog } from './problemLog';
import { identify, type PupilIdentity } from './pupilIdentity';
import { ETHNICITY_WANTED, readEthnicity, type EthnicityCode } from './ethnicity';
import {
  ALL_SLOT,
  bandFromCat4,
  bandFromKs2,
  FAMILIES,
  FAMILY_ROLES,
  isFlagFamily,
  readBandGroup,
  READERS,
  type FamilyId,
} from './groups';
import { createMeasureFamilies } from './measureFamilies';
import { satNoKs2Tests, type ReportSettings } from './settings';

export type { PupilIdentity } from './pupilIdentity';

export interface PupilRecord {
  position: number;
  /** 0-based sheet row. */
  sheetRow: number;
  identity: PupilIdentity;
  /** Group slots this pupil counts in, always starting with ALL_SLOT. */
  slots: number[];
  /** Per family the tracker has: the index of the pupil's group in it, or -1 when in neither (or unreadable). */
  groups: Partial<Record<FamilyId, number>>;
  /** The KS2 cells for Progress 8: [average] or [reading, maths]; empty when the tracker has none. */
  ks2Cells: unknown[];
  /** What set the pupil's prior attainment band when it came from a score: KS2, or CAT4 where KS2 is missing. */
  priorSource?: 'ks2' | 'cat4';
  /** Per intervention column (layout order): the programmes the pupil is in. */
  interventions: string[][];
  /** The census code, null when blank or unreadable; absent when the tracker has no ethnicity column. */
  ethnicity?: EthnicityCode | null;
}

export interface ReadOptions {
  settings: ReportSettings;
  problems: ProblemLog;
  firstColumn: number;
}

/** Finds the columns once per report; the returned reader is called once per row. */
export function createPupilReader(layout: Layout, options: ReadOptions) {
  const firstOf = (role: LayoutColumn['role']) => layout.columns.find((column) => column.role === role);
  const flagColumns = FAMILIES.flatMap((family) => {
    const column = isFlagFamily(family.id) ? firstOf(FAMILY_ROLES[family.id]) : undefined;
    return column ? [{ family, column, read: READERS[family.id as keyof typeof READERS] }] : [];
  });
  const sortByMeasures = createMeasureFamilies(layout, options.settings, options.problems);
  const ethnicityColumn = firstOf('ethnicity');
  const prior = FAMILIES.find((family) => family.id === 'prior')!;
  const bandColumn = firstOf('priorBand');
  const averageColumn = firstOf('ks2Average');
  const ks2Columns = averageColumn
    ? [averageColumn]
    : [firstOf('ks2Reading'), firstOf('ks2Maths')].filter((column): column is LayoutColumn => column !== undefined);
  const cat4Column = priorCat4Column(layout);
  // A year group that sat no KS2 tests is banded on CAT4 alone: its KS2 column holds no test results.
  const bandKs2Columns = satNoKs2Tests(options.settings) ? [] : ks2Columns;
  const identityColumns = {
    name: firstOf('name'),
    surname: firstOf('surname'),
    forename: firstOf('forename'),
    upn: firstOf('upn') ?? firstOf('admissionNumber'),
    className: firstOf('class'),
    teacher: firstOf('teacher'),
    form: firstOf('form'),
  };
  const interventionColumns = layout.columns.filter((column) => column.role === 'intervention');

  return (row: readonly unknown[], sheetRow: number, position: number): PupilRecord => {
    const at = (column: LayoutColumn | undefined) => (column ? row[column.index - options.firstColumn] : undefined);
    const slots = [ALL_SLOT];
    const groups: Partial<Record<FamilyId, number>> = {};
    const join = (family: (typeof FAMILIES)[number], index: number) => {
      groups[family.id] = index;
      if (index >= 0) slots.push(family.groups[index]!.slot);
    };
    for (const { family, column, read } of flagColumns) {
      const value = at(column);
      const index = read(value);
      if (index === undefined) options.problems.note(column, sheetRow, value, `a ${family.title} marker`);
      join(family, index ?? -1);
    }
    const ks2Cells = ks2Columns.map(at);
    let priorSource: PupilRecord['priorSource'];
    if (bandColumn) {
      const value = at(bandColumn);
      const index = readBandGroup(value);
      if (index === undefined) options.problems.note(bandColumn, sheetRow, value, 'a prior attainment band (low, middle or high)');
      join(prior, index ?? -1);
    } else if (bandKs2Columns.length > 0 || cat4Column) {
      const average = bandKs2Columns.length > 0 ? ks2Average(bandKs2Columns, ks2Cells, sheetRow, options) : null;
      const sas = average === null && cat4Column ? cat4Score(cat4Column, at(cat4Column), sheetRow, options) : null;
      if (average !== null) priorSource = 'ks2';
      else if (sas !== null) priorSource = 'cat4';
      join(
        prior,
        average !== null
          ? bandFromKs2(average, options.settings.priorBands)
          : sas !== null
            ? bandFromCat4(sas, options.settings.cat4Bands)
            : -1,
      );
    }
    const record: PupilRecord = {
      position,
      sheetRow,
      identity: identify(identityColumns, at, sheetRow),
      slots,
      groups,
      ks2Cells,
      ...(priorSource ? { priorSource } : {}),
      interventions: interventionColumns.map((column) => readProgrammes(at(column), column)),
      ...(ethnicityColumn ? { ethnicity: ethnicity(ethnicityColumn, at(ethnicityColumn), sheetRow, options) } : {}),
    };
    sortByMeasures(record, at);
    return record;
  };
}

/**
 * KS2 from an average column, else the mean of reading and maths (either alone when the other is
 * missing), unrounded: the band cut-offs are compared with the score the pupil actually had.
 */
function ks2Average(columns: readonly LayoutColumn[], cells: readonly unknown[], sheetRow: number, options: ReadOptions): number | null {
  let total = 0;
  let count = 0;
  columns.forEach((column, i) => {
    const score = readKs2Score(cells[i]);
    if (typeof score === 'number') {
      total += score;
      count += 1;
    } else if (score !== null) {
      options.problems.note(column, sheetRow, cells[i], 'a KS2 scaled score (59 to 120)');
    }
  });
  return count === 0 ? null : total / count;
}

/** A census ethnicity code; text that matches none is logged (once per column, by the log) and left unknown. */
function ethnicity(column: LayoutColumn, value: unknown, sheetRow: number, options: ReadOptions): EthnicityCode | null {
  const code = readEthnicity(value);
  if (code === undefined) options.problems.note(column, sheetRow, value, ETHNICITY_WANTED);
  return code ?? null;
}

/** The CAT4 column prior attainment falls back on: the one labelled mean (or overall), or the only one. */
export function priorCat4Column(layout: Layout): LayoutColumn | undefined {
  const cat4 = layout.columns.filter((column) => column.role === 'cat4');
  return cat4.find((column) => /\b(mean|overall|average)\b/i.test(column.label)) ?? (cat4.length === 1 ? cat4[0] : undefined);
}

/** A CAT4 standard age score, 60 to 141; anything else is logged and left out. */
function cat4Score(column: LayoutColumn, value: unknown, sheetRow: number, options: ReadOptions): number | null {
  if (isBlankText(value) || value === 0) return null;
  const sas = readNumberCell(value);
  if (sas !== undefined && sas >= 60 && sas <= 141) return sas;
  options.problems.note(column, sheetRow, value, 'a CAT4 standard age score (60 to 141)');
  return null;
}

/**
 * An intervention cell: Y/TRUE/1 puts the pupil in the programme named by the column ("Tutoring"),
 * N or blank in none, and any other text names the programme(s), several separated by commas.
 */
function readProgrammes(value: unknown, column: LayoutColumn): string[] {
  if (isBlankText(value) || value === false || value === 0) return [];
  if (value === true || value === 1) return [column.label];
  const written = String(value).trim();
  const folded = written.toUpperCase();
  if (['Y', 'YES', 'TRUE', '1'].includes(folded)) return [column.label];
  if (['N', 'NO', 'FALSE', '0', 'NONE', '-'].includes(folded)) return [];
  return written
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
