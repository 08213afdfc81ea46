/**
 * The table of qualifications: each exam board's course titles and the names trackers use find the
 * qualification the DfE lists, with the discount code and eligibility the DfE gives it (2021 tab of the
 * "List of 2014 - 2021 qualifications and discount codes", and "Qualifications counting in the English
 * Baccalaureate", both October 2019), and no name belongs to two qualifications.
 */
import { describe, expect, it } from 'vitest';
import { findQualification, QUALIFICATIONS } from '../../../core/attainment8/qualifications';
import { foldSubjectName } from '../../../core/attainment8/subjectNames';

// [as a tracker or board heads the column, the qualification's name, its DfE code, its eligibility]
const TITLES: Array<[string, string, string | null, string]> = [
  // Combined science, every board: RA1E, EBacc science (a double award).
  ['Combined Science: Trilogy', 'Combined Science', 'RA1E', 'ebaccScience'],
  ['AQA Combined Science Synergy', 'Combined Science', 'RA1E', 'ebaccScience'],
  ['Combined Science A (Gateway Science)', 'Combined Science', 'RA1E', 'ebaccScience'],
  ['OCR Gateway Combined Science A', 'Combined Science', 'RA1E', 'ebaccScience'],
  ['Twenty First Century Combined Science B', 'Combined Science', 'RA1E', 'ebaccScience'],
  ['Combined Science B (21st Century Science)', 'Combined Science', 'RA1E', 'ebaccScience'],
  ['Pearson Edexcel Level 1/Level 2 GCSE (9-1) in Combined Science', 'Combined Science', 'RA1E', 'ebaccScience'],
  ['WJEC Eduqas Combined Science', 'Combined Science', 'RA1E', 'ebaccScience'],
  ['Comb Science', 'Combined Science', 'RA1E', 'ebaccScience'],
  ['Double Science', 'Combined Science', 'RA1E', 'ebaccScience'],
  // Single sciences under OCR's two suites and the other boards.
  ['Physics A (Gateway Science)', 'Physics', 'RC1', 'ebaccScience'],
  ['Biology B (Twenty First Century Science)', 'Biology', 'RH3', 'ebaccScience'],
  ['Gateway Chemistry', 'Chemistry', 'RD1', 'ebaccScience'],
  ['Eduqas Biology', 'Biology', 'RH3', 'ebaccScience'],
  ['Comp Sci', 'Computer Science', 'CK1', 'ebaccScience'],
  // English and maths.
  ['GCSE Eng. Lit (9-1)', 'English Literature', 'FC4', 'englishLiterature'],
  ['AQA English Language', 'English Language', 'FK2B', 'englishLanguage'],
  ['Mathematics', 'Maths', 'RB1', 'maths'],
  // Humanities, with OCR's lettered specifications.
  ['History A (Explaining the Modern World)', 'History', 'DB', 'ebaccHumanities'],
  ['Geography B (Geography for Enquiring Minds)', 'Geography', 'RF4', 'ebaccHumanities'],
  ['Ancient History', 'Ancient History', 'DB21', 'ebaccHumanities'],
  // Languages.
  ['Mandarin', 'Chinese', 'FKC', 'ebaccLanguage'],
  ['Punjabi', 'Panjabi', 'FKQ', 'ebaccLanguage'],
  ['Greek', 'Modern Greek', 'FKK', 'ebaccLanguage'],
  ['Ancient Greek', 'Classical Greek', 'F1K', 'ebaccLanguage'],
  // Open GCSEs and Technical Awards, with the codes they share.
  ['Religious Studies B', 'Religious Studies', 'DD1', 'open'],
  ['Art & Design', 'Art', 'JA2', 'open'],
  ['BTEC Tech Award in Art and Design Practice', 'Art and Design Practice', 'JA2', 'open'],
  ['Music', 'Music', 'LF1', 'open'],
  ['Pearson BTEC Level 1/Level 2 Tech Award in Music Practice', 'Music Practice', 'LF1', 'open'],
  ['BTEC Sport', 'Sport', 'MA1', 'open'],
  ['Cambridge Nationals Sport Science', 'Sport Science', 'MA11', 'open'],
  ['Cambridge National Creative iMedia', 'Creative iMedia', 'KA4', 'open'],
  ['Media Studies', 'Media Studies', 'KA2', 'open'],
  ['Film', 'Film Studies', 'KA2', 'open'],
  ['D&T', 'Design and Technology', 'VF1', 'open'],
  ['Further Maths', 'Further Maths', null, 'open'],
];

describe('the table of qualifications', () => {
  it.each(TITLES)('%j is %s, code %s, %s', (title, name, code, eligibility) => {
    expect(findQualification(title)).toMatchObject({ name, discountCode: code, eligibility });
  });

  it('marks combined science, and only combined science, as a double award', () => {
    expect(QUALIFICATIONS.filter((entry) => entry.doubleAward).map((entry) => entry.name)).toEqual(['Combined Science']);
  });

  it('gives no folded name to two qualifications', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of QUALIFICATIONS) {
      for (const name of new Set(entry.names.map(foldSubjectName))) {
        const owner = owners.get(name);
        if (owner && owner !== entry.name) clashes.push(`${name}: ${owner} and ${entry.name}`);
        owners.set(name, entry.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('holds DfE discount codes in the DfE form: two to four capitals and digits', () => {
    const codes = QUALIFICATIONS.flatMap((entry) => (entry.discountCode ? [entry.discountCode] : []));
    expect(codes.filter((code) => !/^[A-Z][A-Z0-9]{1,3}$/.test(code))).toEqual([]);
  });

  it('knows nothing of a name no tracker subject has, or of a non-text header', () => {
    expect(findQualification('Underwater Basket Weaving')).toBeUndefined();
    expect(findQualification('')).toBeUndefined();
    expect(findQualification(42)).toBeUndefined();
  });

  it('does not read a BTEC as the GCSE of the same subject, though their codes match', () => {
    expect(findQualification('BTEC Music')!.name).not.toBe(findQualification('Music')!.name);
    expect(findQualification('BTEC Music')!.discountCode).toBe(findQualification('Music')!.discountCode);
  });
});
