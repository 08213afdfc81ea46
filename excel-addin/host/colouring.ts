/// <reference types="office-js" />
/**
 * Traffic lights as Excel conditional formats: the core's plan, translated into
 * range.conditionalFormats.add(custom) calls. Two syncs per sheet whatever the row count: one to
 * read the sheet's protection and its conditional formats, one to delete Tracklight's own and add
 * the plan's. Tracklight's rules are told apart from a school's by the core's isTracklightRule,
 * so the school's own formats, and every value, are never touched.
 */
import type { ColouringPlan } from '../../core/colouring/plan';
import type { ApplyOutcome } from '../../core/panel/host';
import { isTracklightRule } from '../../core/rules';
import { runOnSheet, type ExcelApi, type OfficeApi } from './excelApi';
import { protectedSheetError } from './protectedSheetError';

interface SheetRules {
  sheet: Excel.Worksheet;
  formats: Excel.ConditionalFormatCollection;
}

/**
 * Queues the read of a sheet's protection and of every conditional format on it: the formats that
 * intersect the whole sheet, wherever a school or an earlier layout put them. Only the formats'
 * type and custom formula are loaded; no cell value is read.
 */
function queueRulesRead(context: Excel.RequestContext, sheetName: string): SheetRules {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.protection.load('protected');
  const formats = sheet.getRange().conditionalFormats;
  // customOrNullObject, not custom: asking a data bar or colour scale for custom properties is an error.
  formats.load('items/type, items/customOrNullObject/rule/formula');
  return { sheet, formats };
}

/** Tracklight's own formats among those loaded by queueRulesRead. */
const ownFormats = (excel: ExcelApi, formats: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] =>
  formats.items.filter(
    (format) => format.type === excel.ConditionalFormatType.custom && isTracklightRule(format.customOrNullObject.rule.formula),
  );

/** Queues their deletion; returns how many. */
function queueDeleted(formats: Excel.ConditionalFormat[]): number {
  for (const format of formats) format.delete();
  return formats.length;
}

/**
 * Replaces Tracklight's rules on the plan's sheet with the plan's; the school's own rules stay.
 * `office` reads Tracklight's lock records, to say so when its own lock is what protects the sheet.
 */
export function applyColouring(excel: ExcelApi, plan: ColouringPlan, office?: OfficeApi): Promise<ApplyOutcome> {
  const name = plan.sheetName;
  const again = "Click Colour again to finish: it replaces Tracklight's colours rather than adding more.";
  return runOnSheet(excel, name, `colour '${name}'`, again, async (context) => {
    const { sheet, formats } = queueRulesRead(context, name);
    await context.sync();
    // Checked again here: the sheet may have been protected since the panel read it.
    if (sheet.protection.protected) throw await protectedSheetError(context, sheet, name, 'Tracklight cannot add colours to it', office);

    const removed = queueDeleted(ownFormats(excel, formats));
    let added = 0;
    // Excel puts each new format first, so adding the plan backwards leaves Excel's
    // Manage Rules list in the plan's order: first block first, Above to Well below.
    for (const block of [...plan.blocks].reverse()) {
      const range = sheet.getRange(block.current);
      for (const rule of [...block.rules].reverse()) {
        const format = range.conditionalFormats.add(excel.ConditionalFormatType.custom);
        format.custom.rule.formula = rule.formula;
        format.custom.format.fill.color = rule.fill;
        format.custom.format.font.color = rule.fontColor;
        added += 1;
      }
    }
    await context.sync();
    return { removed, added };
  });
}

/** Removes only the rules Tracklight added to the sheet; values and the school's rules stay. */
export function removeColouring(excel: ExcelApi, sheetName: string, office?: OfficeApi): Promise<{ removed: number }> {
  const again = 'Click Remove again to finish.';
  return runOnSheet(excel, sheetName, `remove Tracklight's colours from '${sheetName}'`, again, async (context) => {
    const { sheet, formats } = queueRulesRead(context, sheetName);
    await context.sync();
    const own = ownFormats(excel, formats);
    if (own.length === 0) return { removed: 0 };
    if (sheet.protection.protected)
      throw await protectedSheetError(context, sheet, sheetName, 'Tracklight cannot remove its colours', office);
    const removed = queueDeleted(own);
    await context.sync();
    return { removed };
  });
}
