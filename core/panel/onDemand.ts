/**
 * The panel's actions whose code is most of the panel's and that a session may never use: the
 * report, class sheets, the pupil report sheet, grade checks and the sample tracker. Each module
 * loads when one of its buttons is first clicked. In the Excel task pane that is a separate script,
 * so the pane opens on the code it shows at once; in the one-file Sheets sidebar and the dev
 * preview, esbuild keeps the code in the file but runs its modules only on first use.
 */
import type * as ClassSheetsAction from './classSheetsAction';
import type * as GradeChecksAction from './gradeChecksAction';
import type * as PupilSheetAction from './pupilSheetAction';
import type * as Reports from './reports';
import type * as SampleTracker from './sampleTracker';

type Action<Run extends (...args: never[]) => Promise<void>> = (...args: Parameters<Run>) => Promise<void>;

export const previewReport: Action<typeof Reports.previewReport> = async (...args) => (await import('./reports')).previewReport(...args);

export const buildReportSheet: Action<typeof Reports.buildReportSheet> = async (...args) =>
  (await import('./reports')).buildReportSheet(...args);

export const makeClassSheets: Action<typeof ClassSheetsAction.makeClassSheets> = async (...args) =>
  (await import('./classSheetsAction')).makeClassSheets(...args);

export const makePupilSheet: Action<typeof PupilSheetAction.makePupilSheet> = async (...args) =>
  (await import('./pupilSheetAction')).makePupilSheet(...args);

export const checkGradesAsTyped: Action<typeof GradeChecksAction.checkGradesAsTyped> = async (...args) =>
  (await import('./gradeChecksAction')).checkGradesAsTyped(...args);

export const removeGradeChecks: Action<typeof GradeChecksAction.removeGradeChecks> = async (...args) =>
  (await import('./gradeChecksAction')).removeGradeChecks(...args);

export const insertSampleTracker: Action<typeof SampleTracker.insertSampleTracker> = async (...args) =>
  (await import('./sampleTracker')).insertSampleTracker(...args);
