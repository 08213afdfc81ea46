/** Reading the group columns: flags, SEND codes, gender, prior-attainment bands and KS2 cut-offs. */
import { describe, expect, it } from 'vitest';
import { bandFromKs2, readBandGroup, readFlagGroup, readGenderGroup, readSendGroup } from '../../../core/report/groups';

// Group indices: 0 is the focus group (PP, SEND, boys; low band), 1 the rest (middle band), 2 the high band; -1 neither.
describe('group readers', () => {
  it('reads PP-style flags as PP_GAP does: Y/TRUE/1/PP flagged, N/blank not, anything else unreadable', () => {
    for (const value of ['Y', 'yes', true, 1, 'PP', 'D', ' Disadvantaged ']) expect(readFlagGroup(value)).toBe(0);
    for (const value of ['N', 'no', false, 0, '', null, undefined, '  ']) expect(readFlagGroup(value)).toBe(1);
    for (const value of ['maybe', 2, 'Not PP']) expect(readFlagGroup(value)).toBeUndefined();
  });

  it('counts census SEND codes E and K as SEND, and N or blank as none', () => {
    for (const value of ['E', 'K', 'k', 'EHCP', 'SEN Support', 'Y']) expect(readSendGroup(value)).toBe(0);
    for (const value of ['N', 'n', '', null, 'None', 'No SEN']) expect(readSendGroup(value)).toBe(1);
    expect(readSendGroup('Q')).toBeUndefined();
  });

  it('reads F/Female/Girl and M/Male/Boy; anything else is in neither group, not an error', () => {
    for (const value of ['M', 'm', 'Male', 'BOY']) expect(readGenderGroup(value)).toBe(0);
    for (const value of ['F', 'female', 'Girl']) expect(readGenderGroup(value)).toBe(1);
    for (const value of ['X', '', null, 'Not stated', 1]) expect(readGenderGroup(value)).toBe(-1);
  });

  it('reads band columns in the spellings schools use', () => {
    for (const value of ['L', 'Low', 'LAP', 'lower']) expect(readBandGroup(value)).toBe(0);
    for (const value of ['M', 'Middle', 'MAP', 'mid']) expect(readBandGroup(value)).toBe(1);
    for (const value of ['H', 'High', 'HAP', 'Upper']) expect(readBandGroup(value)).toBe(2);
    expect(readBandGroup('')).toBe(-1);
    expect(readBandGroup('Gold')).toBeUndefined();
    expect(readBandGroup(3)).toBeUndefined();
  });

  it('bands KS2 below 100 as low, 100 to below 110 as middle, 110 or more as high, with cut-offs a school can change', () => {
    const standard = { middleFrom: 100, highFrom: 110 };
    expect([99.5, 100, 109.5, 110, 120].map((score) => bandFromKs2(score, standard))).toEqual([0, 1, 1, 2, 2]);
    expect([99.5, 100, 105, 108].map((score) => bandFromKs2(score, { middleFrom: 95, highFrom: 105 }))).toEqual([1, 1, 2, 2]);
  });
});
