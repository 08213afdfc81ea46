/**
 * The school's grade scale set in the panel, run over every host (the Excel fake, the built Sheets
 * add-on on its fake, the preview): the scale is saved with the document and read again, the
 * colours' formulas carry its labels, the cells that are not grades are counted by it, the report
 * reads by it, and labels that cannot be used are refused with nothing saved.
 */
import { describe, expect, it } from 'vitest';
import { gradeSettingsSchema } from '../../../core/grades/gradeSettings';
import { SCALE_PRESETS } from '../../../core/grades/scalePresets';
import { colourThisSheet } from '../../../core/panel/actions';
import { isTracklightRule } from '../../../core/rules';
import { panelOn, WORLDS, type Cell, type WorldKind } from '../../support/worlds';

const TRACKER = 'KS3 Science';
const DESCRIPTORS = ['Emerging', 'Developing', 'Secure', 'Mastered'];

/** A KS3 tracker in descriptors: target and three collections, one typo ('Secur') in RP2. */
function ks3Tracker(): Cell[][] {
  const rows: Cell[][] = [['UPN', 'Surname', 'Forename', 'Class', 'Target', 'RP1', 'RP2', 'RP3']];
  for (let pupil = 0; pupil < 24; pupil += 1) {
    const grade = (offset: number) => DESCRIPTORS[(pupil + offset) % 4]!;
    rows.push([`K${1000 + pupil}`, `Surname${pupil}`, `Pupil${pupil}`, pupil % 2 ? '8A' : '8B', grade(2), grade(0), grade(1), grade(3)]);
  }
  rows[5]![6] = 'Secur';
  return rows;
}

const savedRules = (stored: string | null) => (JSON.parse(stored ?? '{}') as { rules?: { scale?: unknown } }).rules;

describe.each(['excel', 'sheets', 'preview'] as const)("the school's grade scale in the panel (%s)", (kind: WorldKind) => {
  it('before a scale is set, descriptors are cells that are not grades', async () => {
    const world = WORLDS[kind]([{ name: TRACKER, values: ks3Tracker() }]);
    const { session, status, lines } = await panelOn(world);
    await colourThisSheet(session, status);
    expect(lines.filter((line) => line.includes('cells are not a grade')).length).toBe(4);
  });

  it('a ready-made scale is saved, read again, carried into the colours, and only the typo is left uncoloured', async () => {
    const world = WORLDS[kind]([{ name: TRACKER, values: ks3Tracker() }]);
    const { session, status, lines } = await panelOn(world);
    expect(session.setScale('ks3-descriptors')).toBeNull();
    await session.save();
    expect(savedRules(world.storedSettings())?.scale).toEqual(gradeSettingsSchema.parse(SCALE_PRESETS['ks3-descriptors'].settings));

    await colourThisSheet(session, status);
    const formulas = world.rules(TRACKER).filter((rule) => isTracklightRule(rule.formula));
    expect(formulas.length).toBe(4);
    for (const label of DESCRIPTORS) expect(formulas[0]!.formula).toContain(` ${label.toUpperCase()} `);
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^ {2}- RP2 \(column G\): 1 cell is not a grade \(first in row 6: 'Secur'\)/)]);

    const reopened = (await panelOn(world)).session;
    expect(reopened.settings.rules.scale).toEqual(session.settings.rules.scale);
    expect(reopened.gradeScale().read('secure')).toBe(36);
  });

  it("the school's own labels are used as typed; labels that clash are refused, saying which, and nothing is saved", async () => {
    const world = WORLDS[kind]([{ name: TRACKER, values: ks3Tracker() }]);
    const { session } = await panelOn(world);
    expect(session.setScale('own', 'Emerging = 1\nDeveloping = 2\nSecure = 3\nMastered = 4\nSecur = 3.1')).toBeNull();
    await session.save();
    const saved = world.storedSettings();
    expect(session.gradeScale().read('Secur')).toBe(37);

    expect(session.setScale('own', 'Emerging = 1\nB = 2')).toContain("The label 'B' already means something");
    expect(session.setScale('own', 'Secure = 3\nStrong = 3')).toContain("'Secure' and 'Strong' both have the value 3");
    await session.save();
    expect(world.storedSettings()).toBe(saved);

    // Back to GCSE 9-1: the saved scale is taken away, so the built-in grades are read again.
    expect(session.setScale('gcse')).toBeNull();
    await session.save();
    expect(savedRules(world.storedSettings())).not.toHaveProperty('scale');
    expect(typeof session.gradeScale().read('Secure')).toBe('object');
  });
});
