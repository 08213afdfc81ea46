/**
 * Tracker sheets for the Excel host tests and the API-count benchmark: a wide tracker laid out as
 * schools lay them out (a title row, a blank row, headings in row 3), with 12 grade columns in four
 * subject blocks, and a school's own conditional formats to prove Tracklight leaves them alone.
 */
import { detectLayout } from '../../../core/layout';
import { planColouring, type ColouringPlan } from '../../../core/colouring/plan';
import type { SheetTop } from '../../../core/panel/host';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../../core/rules';
import type { FakeConditionalFormat } from '../../fakes/excelFake';

export const SUBJECTS = ['Maths', 'English', 'Science', 'History'] as const;
export const COLLECTIONS = ['RP1', 'RP2', 'RP3'] as const;
export const PUPIL_HEADINGS = ['UPN', 'Surname', 'Forename', 'Class', 'PP'] as const;
/** Rows above the first pupil: title, blank, headings. */
export const ROWS_ABOVE_PUPILS = 3;

/**
 * A..E pupil columns, then per subject Target | RP1 | RP2 | RP3:
 * Maths F | G H I, English J | K L M, Science N | O P Q, History R | S T U.
 */
export const HEADINGS: readonly string[] = [
  ...PUPIL_HEADINGS,
  ...SUBJECTS.flatMap((subject) => ['Target', ...COLLECTIONS].map((column) => `${subject} ${column}`)),
];
/** The grade columns of each subject block, and its target, as a head of department reads them off the sheet. */
export const GRADE_BLOCKS = [
  { grades: 'G:I', target: 'F' },
  { grades: 'K:M', target: 'J' },
  { grades: 'O:Q', target: 'N' },
  { grades: 'S:U', target: 'R' },
] as const;

// Grades as teachers type them: numbers, fine grades, letters, blanks and the odd slip.
const GRADES: readonly unknown[] = [4, '5+', '6-', 7, 3, 'U', '', '5/4', 'abs', 8, '4=', 2];
const TARGETS: readonly unknown[] = [4, 5, 6, 7, 5, 3, '', 8];

export function wideTracker(pupils: number, title = 'Year 10 tracker 2024-25'): unknown[][] {
  const width = HEADINGS.length;
  const rows: unknown[][] = [[title, ...new Array(width - 1).fill('')], new Array(width).fill(''), [...HEADINGS]];
  for (let pupil = 0; pupil < pupils; pupil += 1) {
    const identity = [
      `K${String(800_000_000 + pupil).padStart(12, '0')}`,
      `Surname${pupil}`,
      `Forename${pupil}`,
      `10${'ABCD'[pupil % 4]}`,
      pupil % 3 === 0 ? 'Y' : 'N',
    ];
    const grades = SUBJECTS.flatMap((_, subject) => [
      TARGETS[(pupil + subject) % TARGETS.length],
      ...COLLECTIONS.map((__, collection) => GRADES[(pupil * 7 + subject * 3 + collection) % GRADES.length]),
    ]);
    rows.push([...identity, ...grades]);
  }
  return rows;
}

/**
 * A school's own conditional formats on the same sheet: custom formulas (one mentions
 * "tracklight" in a way Tracklight never writes), other types over the grade columns, and one
 * far below the pupils. Every one must survive colouring, recolouring and removal exactly.
 */
export function schoolRules(pupils: number): FakeConditionalFormat[] {
  const last = ROWS_ABOVE_PUPILS + pupils;
  return [
    { type: 'Custom', range: `E4:E${last}`, formula: '=$E4="Y"', fill: '#FFF2CC' },
    { type: 'Custom', range: `B4:C${last}`, formula: '=ISNUMBER(SEARCH("tracklight",$B4))', fontColor: '#7030A0' },
    { type: 'DataBar', range: `G4:G${last}`, details: { barDirection: 'LeftToRight', color: '#638EC6' } },
    { type: 'CellValue', range: `K4:M${last}`, fontColor: '#C00000', details: { operator: 'LessThan', formula1: '=4' } },
    { type: 'ColorScale', range: `F4:F${last}`, details: { minimum: '#F8696B', maximum: '#63BE7B' } },
    { type: 'Custom', range: 'Z500:Z600', formula: '=Z500<>""', fill: '#EEEEEE' },
  ];
}

/** The plan the panel would make for a sheet read by the host: detectLayout, then planColouring. */
export function planFor(top: SheetTop, settings: RuleSettings = DEFAULT_RULE_SETTINGS): ColouringPlan {
  const outcome = planColouring(top, detectLayout(top.topRows), settings);
  if (!outcome.ok) throw new Error(`The core refused to plan: ${outcome.message}`);
  return outcome.plan;
}

/** The conditional formats a plan should leave in Excel, in the plan's order. */
export function formatsOf(plan: ColouringPlan): FakeConditionalFormat[] {
  return plan.blocks.flatMap((block) =>
    block.rules.map((rule) => ({
      type: 'Custom',
      range: block.current,
      formula: rule.formula,
      fill: rule.fill,
      fontColor: rule.fontColor,
    })),
  );
}
