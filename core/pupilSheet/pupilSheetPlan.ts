/**
 * "Make pupil report sheet": one sheet per tracker that shows one pupil at a time, chosen from a
 * dropdown of the tracker's pupils, by formulas over the tracker (no pupil data is copied), with
 * the grades traffic-lit by the tracker's own rules and set to print on one A4 page.
 * A re-run updates that sheet only: the one carrying Tracklight's mark for this tracker under the
 * name it was made with, and only while everything Tracklight laid out there is as it wrote it
 * (writeCheck.ts). The picker and the comment lines are the user's and are never written.
 */
import type { ColouringPlan } from '../colouring/plan';
import type { Layout } from '../layout/schema';
import { RuleInputError, trafficLightRules, type RuleSettings } from '../rules';
import { widthRuns, type ColumnWidthRun } from '../reportSheet/columnWidths';
import { shortenSheetPart } from '../reportSheet/sheetName';
import { formatA1Range } from '../workbook/a1';
import type { WritableCell } from '../workbook/literalCells';
import { protectedSheetMessage } from '../workbook/protectedSheet';
import { MAX_SHEET_NAME, uniqueSheetName } from '../workbook/sheetNames';
import { boundingRange, cellKey, managedCells, rangeOf, writeRectangles, type CellWrite } from './cellArea';
import { trackerColumn } from './lookupFormulas';
import { pupilColumns } from './pupilColumns';
import { managedFingerprint, readPupilSheetMark, writePupilSheetMark, type PupilSheetMark } from './pupilSheetMark';
import { PICKER_CELL, sheetLayout } from './sheetLayout';

/** What a host reads of each sheet so the core can find Tracklight's pupil report sheet. */
export interface PupilSheetFacts {
  name: string;
  /** Its PUPIL_SHEET_MARK_KEY mark; null when it has none; undefined when this host cannot keep marks. */
  mark: string | null | undefined;
  isProtected: boolean;
}

export interface PupilSheetInput {
  layout: Layout;
  trackerSheetName: string;
  /** The tracker's last used row, counted from 1. */
  lastRow: number;
  /** The tracker's values from A1 (Host.readValues). */
  values: readonly (readonly unknown[])[];
  sheets: readonly PupilSheetFacts[];
  ruleSettings: RuleSettings;
  maxSheetName?: number;
}

export interface PupilPicker {
  cell: string;
  /** The tracker and the pupil cells the dropdown lists, e.g. 'C4:C403'. */
  sheetName: string;
  range: string;
  /** Excel's list source: "='Year 10'!$C$4:$C$403". */
  excelSource: string;
  title: string;
  message: string;
  helpText: string;
}

export interface PupilSheetPlan {
  sheetName: string;
  trackerSheetName: string;
  isNew: boolean;
  mark: string;
  /** For an update: the mark as it was read, and what it says. */
  expected: { mark: string; previous: Omit<PupilSheetMark, 'tracklight'> } | null;
  /** What a host reads just before it writes an existing sheet: the old and new areas together. */
  checkArea: string;
  /** Tracklight's cells, new and cleared, as rectangles; never the picker or the comment lines. */
  writes: CellWrite[];
  picker: PupilPicker;
  numberFormats: { format: string; ranges: string[] }[];
  boldRanges: string[];
  columnWidthRuns: ColumnWidthRun[];
  print: { area: string; paper: 'A4'; orientation: 'portrait'; fitToOnePage: true };
  colouring: ColouringPlan | null;
  /** Why the grades are not coloured, as a sentence, or null. */
  colouringMessage: string | null;
  notes: string[];
}

export type PupilSheetOutcome = { ok: true; plan: PupilSheetPlan } | { ok: false; message: string };

const lower = (text: string) => text.toLowerCase();

/** How a written cell reads back: the apostrophe only says "text", and neither host keeps it. */
export const readBack = (value: WritableCell): string =>
  typeof value === 'string' ? (value.startsWith("'") ? value.slice(1) : value) : String(value);

function column(values: PupilSheetInput['values'], index: number, first: number, last: number): unknown[] {
  return Array.from({ length: last - first + 1 }, (_, i) => values[first - 1 + i]?.[index] ?? null);
}

/** Tracklight's sheet for this tracker (by its mark, under the name it was made with) with its mark read, and renamed copies. */
function findOwn(
  sheets: readonly PupilSheetFacts[],
  tracker: string,
): { own: { facts: PupilSheetFacts; mark: PupilSheetMark } | null; copies: string[] } {
  const marked = sheets.flatMap((facts) => {
    const mark = readPupilSheetMark(facts.mark);
    return mark && lower(mark.tracker) === lower(tracker) ? [{ facts, mark }] : [];
  });
  const own = marked.find(({ facts, mark }) => lower(mark.sheet) === lower(facts.name)) ?? null;
  return { own, copies: marked.filter((entry) => entry !== own).map(({ facts }) => facts.name) };
}

export function pupilSheetPlan(input: PupilSheetInput): PupilSheetOutcome {
  const { layout, trackerSheetName: tracker } = input;
  const refuse = (message: string): PupilSheetOutcome => ({ ok: false, message });
  const facts = input.sheets.find((sheet) => lower(sheet.name) === lower(tracker));
  const madeFrom = readPupilSheetMark(facts?.mark)?.tracker;
  if (madeFrom)
    return refuse(
      `'${tracker}' is a pupil report sheet made from '${madeFrom}'. Open '${madeFrom}' and make it from there. Nothing was changed.`,
    );
  if (layout.dataStartRow === null || input.lastRow <= layout.dataStartRow)
    return refuse(`'${tracker}' has no pupil rows below its header row yet. Add pupils, then try again. Nothing was changed.`);
  const firstRow = layout.dataStartRow + 1;
  const chosen = pupilColumns(layout, tracker, (index) => column(input.values, index, firstRow, input.lastRow));
  if (!chosen.ok) return refuse(chosen.message);
  const { columns } = chosen;

  const { own: found, copies } = findOwn(input.sheets, tracker);
  const own = found?.facts ?? null;
  if (own?.isProtected)
    return refuse(protectedSheetMessage(own.name, 'Tracklight cannot update it', { called: 'The pupil report sheet' }));
  const previous = found?.mark ?? null;
  const maxName = input.maxSheetName ?? MAX_SHEET_NAME;
  const sheetName =
    own?.name ??
    uniqueSheetName(
      `Pupil report ${shortenSheetPart(tracker, maxName - 'Pupil report '.length)}`,
      input.sheets.map((sheet) => sheet.name),
      maxName,
    );

  const source = { trackerSheetName: tracker, firstRow, lastRow: input.lastRow, pickColumn: columns.pick.index };
  const isShare = (index: number) => {
    const numbers = column(input.values, index, firstRow, input.lastRow).filter((value): value is number => typeof value === 'number');
    return numbers.length > 0 && numbers.every((value) => value >= 0 && value <= 1);
  };
  const laidOut = sheetLayout({ columns, source, attendanceAsShare: isShare });
  const managed = managedCells(laidOut.area, laidOut.keep);
  const contents = new Map(managed.map((cell) => [cellKey(cell), laidOut.cells.get(cellKey(cell)) ?? '']));
  const oldArea = previous ? rangeOf(previous.area) : null;
  // Cells Tracklight wrote before and lays out no longer (a subject or collection gone): cleared.
  const cleared = previous && oldArea ? managedCells(oldArea, previous.keep).filter((cell) => !contents.has(cellKey(cell))) : [];
  const toWrite = new Map([...contents, ...cleared.map((cell) => [cellKey(cell), ''] as const)]);
  const area = formatA1Range(laidOut.area);
  const mark = writePupilSheetMark({
    tracker,
    sheet: sheetName,
    area,
    keep: laidOut.keep,
    cells: managedFingerprint(managed.map((cell) => readBack(contents.get(cellKey(cell))!))),
  });
  const pickRange = trackerColumn(source, columns.pick.index);
  const colouring = colouringPlan(sheetName, laidOut.colouring, input.ruleSettings);
  const notes = [
    ...columns.notes,
    ...copies.map(
      (name) => `'${name}' is a renamed copy of a pupil report sheet, so it is the school's own now: Tracklight left it alone.`,
    ),
    ...(input.sheets.some((sheet) => sheet.mark === undefined)
      ? [
          'This Excel cannot keep a mark on a sheet (that needs ExcelApi 1.12), so Tracklight cannot find this sheet again: ' +
            'making the pupil report again adds a new sheet. Delete an old one when you no longer need it.',
        ]
      : []),
  ];
  return {
    ok: true,
    plan: {
      sheetName,
      trackerSheetName: tracker,
      isNew: own === null,
      mark,
      expected: own && previous ? { mark: own.mark!, previous: withoutVersion(previous) } : null,
      checkArea: formatA1Range(oldArea ? boundingRange(oldArea, laidOut.area) : laidOut.area),
      writes: writeRectangles(toWrite, [...managed, ...cleared]),
      picker: {
        cell: PICKER_CELL,
        sheetName: tracker,
        range: pickRange.slice(pickRange.lastIndexOf('!') + 1).replace(/\$/g, ''),
        excelSource: `=${pickRange}`,
        title: 'Not a pupil on the tracker',
        message: `Choose a pupil from the list: it holds every pupil on '${tracker}'.`,
        helpText: `Choose a pupil from the list of every pupil on '${tracker}'.`,
      },
      numberFormats: laidOut.numberFormats,
      boldRanges: laidOut.boldRanges,
      columnWidthRuns: widthRuns(laidOut.columnWidths),
      print: { area: laidOut.printArea, paper: 'A4', orientation: 'portrait', fitToOnePage: true },
      colouring: colouring.plan,
      colouringMessage: colouring.message,
      notes,
    },
  };
}

const withoutVersion = ({ tracklight: _version, ...rest }: PupilSheetMark): Omit<PupilSheetMark, 'tracklight'> => rest;

function colouringPlan(
  sheetName: string,
  cells: { current: string; target: string } | null,
  settings: RuleSettings,
): { plan: ColouringPlan | null; message: string | null } {
  if (!cells) return { plan: null, message: "The grades are not coloured: none of the tracker's grade columns is paired with a target." };
  try {
    const rules = trafficLightRules({ ...cells, ...settings });
    return { plan: { sheetName, blocks: [{ ...cells, label: 'Pupil report grades -> targets', rules }] }, message: null };
  } catch (problem) {
    if (problem instanceof RuleInputError) return { plan: null, message: `The grades are not coloured: ${problem.message}.` };
    throw problem;
  }
}
