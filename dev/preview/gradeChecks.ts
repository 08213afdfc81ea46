/**
 * Grade checks in the preview: data validation kept per range on the in-memory sheet, as the Excel
 * and Sheets hosts keep the same promises (core/panel/host.ts). Tracklight's are told from the
 * school's by the core's mark in the help text, exactly as the real hosts tell them apart.
 */
import type { GradeChecksApplied, GradeChecksPlan, GradeCheckColumn } from '../../core/validation/gradeChecksPlan';
import { isTracklightGradeCheck } from '../../core/validation/gradeCheckMark';
import { box, overlap } from './areas';
import { protectedSheetMessage } from '../../core/workbook/protectedSheet';
import type { PreviewValidation } from './sheet';
import type { PreviewWorkbook } from './workbook';

const isOurs = (validation: PreviewValidation) => isTracklightGradeCheck(validation.helpText);

export function applyGradeChecksPlan(workbook: PreviewWorkbook, plan: GradeChecksPlan): GradeChecksApplied {
  const sheet = workbook.sheet(plan.sheetName);
  if (sheet.isProtected) throw new Error(protectedSheetMessage(sheet.name, 'Tracklight cannot add grade checks to it'));
  let validations = [...(sheet.validations ?? [])];
  const leftAlone: GradeCheckColumn[] = [];
  let checked = 0;
  for (const column of plan.columns) {
    const cells = box(column.range);
    const here = validations.filter((validation) => overlap(box(validation.range), cells));
    if (here.some((validation) => !isOurs(validation))) {
      leftAlone.push(column);
      continue;
    }
    validations = validations.filter((validation) => !here.includes(validation));
    validations.push({ range: column.range, labels: [...plan.labels], allowInvalid: true, helpText: plan.helpText });
    checked += 1;
  }
  sheet.validations = validations;
  // The same rules again: the workbook's public way to say the sheet changed, so the grid is drawn again.
  workbook.setRules(sheet.name, sheet.rules);
  return { checked, leftAlone };
}

export function removeGradeChecksFrom(workbook: PreviewWorkbook, sheetName: string): { removed: number } {
  const sheet = workbook.sheet(sheetName);
  const ours = (sheet.validations ?? []).filter(isOurs);
  if (ours.length === 0) return { removed: 0 };
  if (sheet.isProtected) throw new Error(protectedSheetMessage(sheet.name, 'Tracklight cannot remove its grade checks'));
  sheet.validations = (sheet.validations ?? []).filter((validation) => !isOurs(validation));
  workbook.setRules(sheet.name, sheet.rules);
  return { removed: new Set(ours.map((validation) => box(validation.range).firstColumn)).size };
}
