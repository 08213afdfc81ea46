/**
 * Report settings edited in the panel, over every host (the Excel fake, the built Sheets add-on on its
 * fake, the preview): a change the report accepts is saved with the document, read again by the next
 * panel and used by the next report; one it refuses says what to fix and saves nothing.
 */
import { describe, expect, it } from 'vitest';
import { headlinesFollowing } from '../../../core/panel/shownHeadlines';
import { previewReport } from '../../../core/panel/reports';
import { trackerRows } from '../../support/panelSession';
import { panelOn, WORLDS, type WorldKind } from '../../support/worlds';

const TRACKER = 'Year 10';

const savedReport = (stored: string | null) => (JSON.parse(stored ?? '{}') as { report?: Record<string, unknown> }).report;

describe.each(['excel', 'sheets', 'preview'] as const)('report settings in the panel (%s)', (kind: WorldKind) => {
  it('save the year the group sits its GCSEs, and a 2025 year group gets no Progress 8, with the reason', async () => {
    const world = WORLDS[kind]([{ name: TRACKER, values: trackerRows() }]);
    const { session, status } = await panelOn(world);
    const before = headlinesFollowing(session);
    await previewReport(session, status, before);
    // The sample year group has KS2 scores, so without a year it gets a Progress 8.
    expect(before.current!.report.attainment!.progress8).not.toBeNull();

    expect(session.setReportSettings({ examYear: 2025 })).toBeNull();
    await session.save();
    expect(savedReport(world.storedSettings())).toEqual({ examYear: 2025 });

    const reopened = (await panelOn(world)).session;
    expect(reopened.reportSettingsInput()).toMatchObject({ examYear: 2025 });
    const after = headlinesFollowing(reopened);
    await previewReport(reopened, status, after);
    expect(after.current!.report.attainment!.progress8).toBeNull();
    expect(after.current!.report.attainment!.progress8Notes[0]).toMatch(/^No Progress 8: this year group sits its GCSEs in 2025\./);
  });

  it('clear a field back to its default when it is set to undefined', async () => {
    const world = WORLDS[kind]([{ name: TRACKER, values: trackerRows() }]);
    const { session } = await panelOn(world);
    expect(session.setReportSettings({ examYear: 2027, combinedGroups: [{ conditions: ['pp', 'boys'] }] })).toBeNull();
    expect(session.setReportSettings({ examYear: undefined })).toBeNull();
    await session.save();
    expect(savedReport(world.storedSettings())).toEqual({ combinedGroups: [{ conditions: ['pp', 'boys'] }] });
  });

  it('refuse what the report would refuse, say what to fix, and save nothing', async () => {
    const world = WORLDS[kind]([{ name: TRACKER, values: trackerRows() }]);
    const { session } = await panelOn(world);
    expect(session.setReportSettings({ combinedGroups: [{ conditions: ['disadvantaged', 'boys', 'ethnicity:WBRI'] }] })).toBeNull();
    await session.save();
    const stored = world.storedSettings();

    expect(session.setReportSettings({ examYear: 2016 })).toBe('examYear: examYear runs from 2017');
    expect(session.setReportSettings({ attendanceBands: { persistentAtOrBelow: 40, severeAtOrBelow: 50 } })).toBe(
      'attendanceBands: Severe absence must start below persistent absence',
    );
    expect(session.setReportSettings({ combinedGroups: [{ conditions: ['pp', 'eal', 'send', 'boys'] }] })).toBe(
      'combinedGroups > 0 > conditions: Combine at most three groups',
    );
    expect(session.setReportSettings({ effort: { numbersBestIs: 'highest', numbersConcernFrom: 11 } })).toBe(
      'effort > numbersConcernFrom: numbersConcernFrom runs from 1 to 10',
    );
    await session.save();
    expect(world.storedSettings()).toBe(stored);
    expect(session.reportSettingsInput()).toMatchObject({
      combinedGroups: [{ conditions: ['disadvantaged', 'boys', 'ethnicity:WBRI'] }],
    });
    expect(session.reportSettingsInput()).not.toHaveProperty('examYear');
  });
});
