/** The gap and progress report: a pure model of one tracker that both hosts render. */
export { buildReport, type BuildReportInput, type Report } from './buildReport';
export { reportHeadline, type ReportHeadline } from './previewHeadline';
export {
  checkReportSettings,
  reportSettingsSchema,
  DEFAULT_STEM_SUBJECTS,
  type ReportSettings,
  type ReportSettingsInput,
  type SettingsCheck,
} from './settings';
export { subjectMeanTable, meanTableChange, type MeanTable, type MeanLine } from './meanTable';
export { FAMILIES, type FamilyId } from './groups';
export type { Figures } from './figures';
export type { GroupTable, FamilyTable, GroupFigures, GapFigures, GapVerdict } from './groupTable';
export type { ColumnReport, CollectionReport } from './columns';
export type { GapTrend, TrendPoint } from './trends';
export type { SubjectComparison, SubjectRow, SubjectGroupComparison, PooledFigures } from './subjects';
export type { InterventionImpact, ProgrammeImpact } from './intervention';
export type { ProjectedAttainment } from './attainment';
export type { MeanComparison, GroupMean } from './meanGap';
export type { HeadlineMeasures, HeadlineRow } from './dfeHeadlineMeasures';
export { EBACC_RULE } from './dfeHeadlineMeasures';
export { ebaccPillar, pupilEbacc, type Pillar, type PupilEbacc } from './ebacc';
export type { PupilLists, PupilListEntry, BorderlineItem } from './lists';
export type { PupilIdentity } from './pupils';
export type { Interval } from './welch';
export type { SheetOrigin } from './cohort';
export { tQuantile } from './tDistribution';
