/** The class sheets plan the panel would make, from the tracker and sheet list read through the Excel host. */
import { chooseClassColumn, classSheetsPlan, type ClassSheetRecord } from '../../../core/classSheets';
import { detectLayout } from '../../../core/layout';
import type { WritableClassSheets } from '../../../core/panel/host';
import { DEFAULT_RULE_SETTINGS } from '../../../core/rules';
import { TRACKER } from './reportApiCounts';
import type { excelHostOn } from './support';

type Setup = ReturnType<typeof excelHostOn>;

/** What the panel does: read the tracker and the sheet list through the host, then ask the core. */
export async function classPlanFor({ host }: Setup, previous: ClassSheetRecord[] = []): Promise<WritableClassSheets> {
  const { values: rows } = await host.readValues(TRACKER);
  const layout = detectLayout(rows.slice(0, 15));
  const choice = chooseClassColumn(layout);
  if (!choice.ok) throw new Error(choice.message);
  const plan = classSheetsPlan({
    layout,
    trackerSheetName: TRACKER,
    lastRow: rows.length,
    topRows: rows.slice(0, 15),
    classValues: rows.slice(layout.dataStartRow!).map((row) => row[choice.column.index]),
    sheets: await host.readClassSheetFacts(),
    previous,
    ruleSettings: DEFAULT_RULE_SETTINGS,
  });
  if (!plan.ok) throw new Error(plan.message);
  return plan;
}
