/// <reference types="google-apps-script" />
/**
 * Traffic lights as Sheets conditional-format rules. setConditionalFormatRules replaces a
 * sheet's whole list, so every change reads the list once, keeps every rule the school made,
 * and writes the list back in one call: the change is all or nothing, and the number of calls
 * depends on the plan's blocks, never on how many pupils the sheet holds.
 */
import type { ColouringPlan } from '../../core/colouring/plan';
import { colouringPlanSchema } from '../../core/colouring/schema';
import type { ApplyOutcome } from '../../core/panel/host';
import { isTracklightRule, readA1Range } from '../../core/rules';
import { readSent, refusal } from './errors';
import { sheetNamed } from './sheetTops';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const UNREADABLE = 'Tracklight could not read what to colour. Close the sidebar, open it again, and try once more. Nothing was changed.';

/** A custom-formula rule whose formula carries the core's marker; colour scales and the school's own rules never do. */
function isOurs(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition || condition.getCriteriaType() !== SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA) return false;
  const [formula] = condition.getCriteriaValues();
  return typeof formula === 'string' && isTracklightRule(formula);
}

function splitRules(sheet: Sheet): { theirs: Rule[]; ours: number } {
  const rules = sheet.getConditionalFormatRules();
  const theirs = rules.filter((rule) => !isOurs(rule));
  return { theirs, ours: rules.length - theirs.length };
}

/** The one write. Sheets refuses it whole (a protected sheet, say), so a refusal changes nothing. */
function writeRules(sheet: Sheet, rules: Rule[]): void {
  try {
    sheet.setConditionalFormatRules(rules);
  } catch (error) {
    throw refusal(`change the colours on '${sheet.getName()}'`, error, 'Nothing was changed.');
  }
}

/**
 * The block's grade range. The core reaches 100 rows past the last pupil for pupils who join
 * later; a sheet with fewer rows than that has no cells there, and Sheets refuses a range
 * outside the grid, so the range stops at the sheet's last row.
 */
function gradeRange(sheet: Sheet, a1: string, maxRows: number): GoogleAppsScript.Spreadsheet.Range {
  const range = readA1Range(a1);
  if (typeof range === 'string') throw new Error(`${range}. Nothing was changed.`);
  const lastRow = Math.min(range.lastRow, maxRows);
  return sheet.getRange(range.firstRow, range.firstColumn, lastRow - range.firstRow + 1, range.lastColumn - range.firstColumn + 1);
}

/** Replaces Tracklight's rules on the plan's sheet with the plan's; the school's rules stay first, as they were. */
export function applyColouring(plan: ColouringPlan): ApplyOutcome {
  const { sheetName, blocks } = readSent(colouringPlanSchema, plan, UNREADABLE);
  const sheet = sheetNamed(sheetName);
  const { theirs, ours } = splitRules(sheet);
  const maxRows = sheet.getMaxRows();
  const added = blocks.flatMap((block) => {
    const ranges = [gradeRange(sheet, block.current, maxRows)];
    return block.rules.map((rule) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(rule.formula)
        .setBackground(rule.fill)
        .setFontColor(rule.fontColor)
        .setRanges(ranges)
        .build(),
    );
  });
  writeRules(sheet, theirs.concat(added));
  return { removed: ours, added: added.length };
}

/** Takes away only Tracklight's rules. With none there, nothing is written at all. */
export function removeColouring(sheetName: string): { removed: number } {
  const sheet = sheetNamed(sheetName);
  const { theirs, ours } = splitRules(sheet);
  if (ours > 0) writeRules(sheet, theirs);
  return { removed: ours };
}
