import { describe, expect, it } from 'vitest';
import { functions } from '../../../core/index';
import { sampleTrackerSheet, sampleWideTrackerSheet, type SheetValue } from '../../../core/sample';
import { defaultSchool } from './support';

// The headers as documented for a head of department (the task's list, in tracker order).
const PUPIL_COLUMNS = [
  'UPN',
  'Surname',
  'Forename',
  'Class',
  'Teacher',
  'Gender',
  'PP',
  'Disadvantaged',
  'FSM6',
  'SEND',
  'EAL',
  'KS2 Reading',
  'KS2 Maths',
  'Intervention',
];
const ONE_SUBJECT_HEADERS = [...PUPIL_COLUMNS, 'Target', 'RP1', 'RP2', 'RP3'];
const WIDE_PUPIL_COLUMNS = PUPIL_COLUMNS.filter((header) => header !== 'Teacher');
const KS4_SUBJECTS = [
  'Maths',
  'English Language',
  'English Literature',
  'Combined Science',
  'History',
  'Geography',
  'French',
  'Spanish',
  'Art',
  'Computer Science',
  'Music',
  'Design & Technology',
  'Business',
];
const KS3_SUBJECTS = [
  'Maths',
  'English',
  'Science',
  'History',
  'Geography',
  'French',
  'Spanish',
  'Art',
  'Computing',
  'Music',
  'Design & Technology',
];

const column = (sheet: SheetValue[][], header: string) => {
  const index = sheet[2]!.indexOf(header);
  expect(index, header).toBeGreaterThanOrEqual(0);
  return sheet.slice(3).map((row) => row[index]);
};

function everySheet(): SheetValue[][][] {
  const school = defaultSchool();
  return school.yearGroups.flatMap((group) => [
    sampleWideTrackerSheet(school, { year: group.year }),
    ...group.subjects.map((subject) => sampleTrackerSheet(school, { year: group.year, subject: subject.name })),
  ]);
}

describe('sampleTrackerSheet (one subject per sheet)', () => {
  it('has a title row, a blank row, then the documented headers, and one row per pupil taking the subject', () => {
    const school = defaultSchool();
    const sheet = sampleTrackerSheet(school, { year: 10, subject: 'Maths' });
    expect(sheet[0]![0]).toBe('Year 10 Maths tracker - sample data');
    expect(sheet[1]!.every((cell) => cell === '')).toBe(true);
    expect(sheet[2]).toEqual(ONE_SUBJECT_HEADERS);
    expect(sheet).toHaveLength(3 + 180);
    const year10 = school.yearGroups.find((group) => group.year === 10)!;
    const french = sampleTrackerSheet(school, { year: 10, subject: 'French' });
    const takers = year10.pupils.filter((pupil) => pupil.subjects.French).length;
    expect(takers).toBeGreaterThan(0);
    expect(takers).toBeLessThan(180);
    expect(french).toHaveLength(3 + takers);
  });

  it('writes the same pupils, flags and grades the school holds', () => {
    const school = defaultSchool();
    const sheet = sampleTrackerSheet(school, { year: 11, subject: 'Combined Science' });
    const pupils = school.yearGroups.find((group) => group.year === 11)!.pupils;
    expect(column(sheet, 'UPN')).toEqual(pupils.map((p) => p.upn));
    expect(column(sheet, 'PP')).toEqual(pupils.map((p) => (p.pp ? 'Y' : 'N')));
    expect(column(sheet, 'KS2 Maths')).toEqual(pupils.map((p) => p.ks2Maths ?? ''));
    expect(column(sheet, 'RP2')).toEqual(pupils.map((p) => p.subjects['Combined Science']!.collections[1]));
  });

  it('is read by the core as it stands: ON_TRACK and PP_GAP over its columns give no errors', () => {
    const sheet = sampleTrackerSheet(defaultSchool(), { year: 9, subject: 'English' });
    const grades = sheet.slice(3).map((row) => row.slice(-3));
    const statuses = functions.ON_TRACK(
      grades,
      column(sheet, 'Target').map((target) => [target]),
    );
    const gap = functions.PP_GAP(
      statuses,
      column(sheet, 'PP').map((flag) => [flag]),
    );
    expect(typeof gap).toBe('number');
  });

  it('says which subjects and years exist when asked for one that does not', () => {
    const school = defaultSchool();
    expect(() => sampleTrackerSheet(school, { year: 7, subject: 'Combined Science' })).toThrow(
      /Year 7 does not study 'Combined Science'.*choose one of Maths, English/,
    );
    expect(() => sampleTrackerSheet(school, { year: 12, subject: 'Maths' })).toThrow(/no Year 12: choose one of Year 7/);
  });
});

describe('sampleWideTrackerSheet (every subject in subject-prefixed blocks)', () => {
  it('has the identity columns, then Target and RP1-RP3 for each subject in turn', () => {
    const school = defaultSchool();
    for (const [year, subjects] of [
      [10, KS4_SUBJECTS],
      [7, KS3_SUBJECTS],
    ] as const) {
      const sheet = sampleWideTrackerSheet(school, { year });
      expect(sheet[0]![0]).toBe(`Year ${year} tracker - sample data`);
      const blocks = subjects.flatMap((subject) => ['Target', 'RP1', 'RP2', 'RP3'].map((header) => `${subject} ${header}`));
      expect(sheet[2]).toEqual([...WIDE_PUPIL_COLUMNS, ...blocks]);
      expect(sheet).toHaveLength(3 + 180);
    }
  });

  it('pairs each block with its own subject, and leaves subjects a pupil does not take blank', () => {
    const school = defaultSchool();
    const sheet = sampleWideTrackerSheet(school, { year: 10 });
    const pupils = school.yearGroups.find((group) => group.year === 10)!.pupils;
    for (const subject of ['Maths', 'History', 'Spanish', 'Business']) {
      expect(column(sheet, `${subject} Target`)).toEqual(pupils.map((p) => p.subjects[subject]?.target ?? ''));
      expect(column(sheet, `${subject} RP3`)).toEqual(pupils.map((p) => p.subjects[subject]?.collections[2] ?? ''));
    }
    expect(column(sheet, 'History RP1').some((cell) => cell === '')).toBe(true);
  });
});

describe('every sample sheet', () => {
  it('is rectangular and holds only numbers and text, never something that could become a formula', () => {
    const problems: string[] = [];
    for (const sheet of everySheet()) {
      const width = sheet[2]!.length;
      sheet.forEach((row, r) => {
        if (row.length !== width) problems.push(`${sheet[0]![0]} row ${r}: width ${row.length}`);
        for (const cell of row) {
          if (typeof cell === 'number') {
            if (!Number.isFinite(cell)) problems.push(`${sheet[0]![0]}: ${cell}`);
          } else if (typeof cell !== 'string') problems.push(`${sheet[0]![0]}: ${typeof cell}`);
          // A fine grade such as '5-' ends with '-': only the first character matters to a spreadsheet.
          else if (/^[=+\-@]/.test(cell)) problems.push(`${sheet[0]![0]}: '${cell}' starts like a formula`);
        }
      });
    }
    expect(problems).toEqual([]);
  });
});
