/** Ethnicity cells as the DfE's census codes: the codes themselves and the written forms trackers use. */
import { describe, expect, it } from 'vitest';
import { prepareSections } from '../../../core/report/buildReport';
import { ETHNICITY_CODES, readEthnicity } from '../../../core/report/ethnicity';
import { col, grade, target, tracker } from './support';

describe('readEthnicity', () => {
  it('reads every four-letter census code, in any case', () => {
    for (const code of Object.keys(ETHNICITY_CODES)) {
      expect(readEthnicity(code)).toBe(code);
      expect(readEthnicity(` ${code.toLowerCase()} `)).toBe(code);
    }
  });

  it('reads the written forms, ignoring case and punctuation', () => {
    const written: [string, string][] = [
      ['White British', 'WBRI'],
      ['White - British', 'WBRI'],
      ['british', 'WBRI'],
      ['White English', 'WBRI'],
      ['WHITE/SCOTTISH', 'WBRI'],
      ['White Irish', 'WIRI'],
      ['Black Caribbean', 'BCRB'],
      ['Black or Black British - Caribbean', 'BCRB'],
      ['Black African', 'BAFR'],
      ['Pakistani', 'APKN'],
      ['Asian or Asian British: Pakistani', 'APKN'],
      ['Asian - Indian', 'AIND'],
      ['Bangladeshi', 'ABAN'],
      ['Any other White background', 'WOTH'],
      ['White - any other White background', 'WOTH'],
      ['Gypsy / Roma', 'WROM'],
      ['Traveller of Irish Heritage', 'WIRT'],
      ['Mixed White and Black Caribbean', 'MWBC'],
      ['Mixed - White & Black African', 'MWBA'],
      ['Mixed / Dual background - White and Asian', 'MWAS'],
      ['Any other mixed background', 'MOTH'],
      ['Chinese', 'CHNE'],
      ['Any other ethnic group', 'OOTH'],
      ['Refused', 'REFU'],
      ['Information not yet obtained', 'NOBT'],
    ];
    expect(written.map(([text]) => [text, readEthnicity(text)])).toEqual(written);
  });

  it('leaves blank as not known and never guesses unknown text', () => {
    expect([null, undefined, '', '   '].map(readEthnicity)).toEqual([null, null, null, null]);
    expect(['European', 'White-ish', 'WBR', 12].map(readEthnicity)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('notes unknown text once for the column, counting every cell', () => {
    const specs = [col('Ethnicity', 'ethnicity'), target(), grade('RP1')];
    const body = [
      ['White British', 5, 5],
      ['European', 5, 5],
      ['Martian', 5, 5],
      ['', 5, 5],
    ];
    const input = prepareSections(tracker(specs, body));
    expect(input.cohort.pupils.map((pupil) => pupil.ethnicity)).toEqual(['WBRI', null, null, null]);
    expect(input.cohort.warnings.filter((warning) => warning.startsWith('Ethnicity (column A)'))).toEqual([
      "Ethnicity (column A): 2 cells are not an ethnicity the DfE's census lists (a code such as WBRI, or its name, e.g. White British) " +
        "(first in row 3: 'European'), so they are left out. Correct them and build the report again.",
    ]);
  });
});
