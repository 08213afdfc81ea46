/**
 * The report sheet's name: within Excel's 31 characters, valid in both hosts, the date always whole,
 * and never the name of a sheet the workbook already has (compared without case, as both hosts do).
 */
import { describe, expect, it } from 'vitest';
import { reportDate, reportSheetName, shortenSheetPart } from '../../../core/reportSheet';
import { SHEET_NAME_LIMIT } from '../../../core/workbook/sheetNames';

const DATE = '2025-03-14';
const valid = (name: string) => {
  expect(name.length).toBeLessThanOrEqual(31);
  expect(name).not.toMatch(/[:\\/?*[\]]/);
  expect(name).not.toMatch(/^'|'$/);
};

describe('the report sheet name', () => {
  it('is "Report <sheet> <date>" when the tracker name fits', () => {
    expect(reportSheetName('Year 10', DATE, [])).toBe('Report Year 10 2025-03-14');
    expect(reportSheetName('Year 11 Maths', DATE, [])).toBe('Report Year 11 Maths 2025-03-14');
  });

  it('never takes an existing name, whatever its case, and keeps the date when it adds a copy number', () => {
    const existing = ['Year 10', 'report year 10 2025-03-14', 'Report Year 10 2025-03-14 (2)'];
    const name = reportSheetName('Year 10', DATE, existing);
    expect(name).toBe('Report Year 10 2025-03-14 (3)');
    expect(existing.map((entry) => entry.toLowerCase())).not.toContain(name.toLowerCase());
  });

  it('shortens a very long tracker name at a word break, dropping "tracker", and keeps the whole date', () => {
    const long = 'Year 11 Combined Science Tracker 2024-25 (final)';
    const name = reportSheetName(long, DATE, []);
    valid(name);
    expect(name).toBe('Report Year 11 2025-03-14');
    const taken = reportSheetName(long, DATE, [name]);
    valid(taken);
    expect(taken).toMatch(/^Report Year 11 2025-03-14 \(2\)$/);
  });

  it('cuts mid-word only when a word break would keep less than half the room', () => {
    expect(shortenSheetPart('Supercalifragilistic', 13)).toBe('Supercalifrag');
    expect(shortenSheetPart('Maths tracker', 13)).toBe('Maths tracker');
    expect(shortenSheetPart('Year 11 Combined Science', 13)).toBe('Year 11');
    expect(shortenSheetPart('Maths department', 13)).toBe('Maths departm');
  });

  it('cleans characters neither host allows in a sheet name', () => {
    const name = reportSheetName("'Y10 [Sci]/2'", DATE, []);
    valid(name);
    expect(name).toBe('Report Y10 -Sci--2 2025-03-14');
  });

  it('still makes a unique name with many copies of a long name', () => {
    const existing: string[] = [];
    for (let i = 0; i < 12; i += 1) existing.push(reportSheetName('A very long tracker name indeed', DATE, existing));
    expect(new Set(existing.map((name) => name.toLowerCase())).size).toBe(12);
    for (const name of existing) {
      valid(name);
      expect(name).toContain(DATE);
    }
  });

  it("takes the user's own day from a Date, and refuses a date in another form", () => {
    expect(reportDate(new Date(2025, 2, 4, 23, 30))).toBe('2025-03-04');
    expect(reportDate('2025-12-01')).toBe('2025-12-01');
    expect(() => reportDate('14/03/2025')).toThrow(/YYYY-MM-DD/);
  });
});

describe('the full report name where the host allows it', () => {
  it('is "Tracklight report - <sheet> - <date>" in Google Sheets, made unique', () => {
    expect(reportSheetName('Year 10 Maths', '2026-11-23', [], SHEET_NAME_LIMIT.sheets)).toBe(
      'Tracklight report - Year 10 Maths - 2026-11-23',
    );
    expect(
      reportSheetName('Year 10 Maths', '2026-11-23', ['tracklight report - year 10 maths - 2026-11-23'], SHEET_NAME_LIMIT.sheets),
    ).toBe('Tracklight report - Year 10 Maths - 2026-11-23 (2)');
  });

  it("falls back to the short form within Excel's 31 characters", () => {
    const name = reportSheetName('Year 10 Maths', '2026-11-23', [], SHEET_NAME_LIMIT.excel);
    expect(name).toBe('Report Year 10 Maths 2026-11-23');
    expect(name.length).toBeLessThanOrEqual(31);
  });
});
