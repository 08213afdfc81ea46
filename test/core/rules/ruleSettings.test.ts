/** The traffic-light settings a document keeps: defaults, limits, messages, and reading what was saved. */
import { SCALE_PRESETS } from '../../../core/grades/scalePresets';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS, readRuleSettings, ruleSettingsSchema, trafficLightRules } from '../../../core/rules';

const messagesFor = (input: unknown) => {
  const result = ruleSettingsSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => issue.message);
};

describe('rule settings', () => {
  it('default to the standard palette and a tolerance of 0', () => {
    expect(DEFAULT_RULE_SETTINGS).toEqual({ palette: 'standard', tolerance: 0 });
    expect(ruleSettingsSchema.parse({ palette: 'no-red' })).toEqual({ palette: 'no-red', tolerance: 0 });
  });

  it('accept tolerances from 0 to 9 grades, ends included', () => {
    for (const tolerance of [0, 0.33, 0.34, 1, 9]) expect(ruleSettingsSchema.parse({ tolerance }).tolerance).toBe(tolerance);
  });

  it.each([
    [{ tolerance: -0.1 }, 'Tolerance cannot be below 0'],
    [{ tolerance: 9.5 }, 'Tolerance must be at most 9 grades'],
    [{ tolerance: '0.34' }, 'Tolerance must be a number of grades from 0 to 9, e.g. 0.34'],
    [{ tolerance: Number.NaN }, 'Tolerance must be a number of grades'],
    [{ tolerance: Number.POSITIVE_INFINITY }, 'Tolerance must be a number of grades'],
    [{ palette: 'traffic' }, 'Choose a palette: standard, colour-blind, no-red'],
    [{ palette: 'Standard' }, 'Choose a palette'],
    ['standard', 'must be an object with a palette and a tolerance'],
  ])('refuse %j: %s', (input, message) => {
    expect(messagesFor(input).join(' | ')).toContain(message);
  });

  it('feed trafficLightRules directly', () => {
    const settings = ruleSettingsSchema.parse({ palette: 'colour-blind', tolerance: 0.34 });
    expect(trafficLightRules({ current: 'F2:H30', target: 'E2:E30', ...settings })[1]!.fill).toBe('#009E73');
  });
});

describe('reading the settings a document saved', () => {
  it('keeps good settings and drops keys a later version may have added', () => {
    expect(readRuleSettings({ palette: 'no-red', tolerance: 0.34, showKey: true })).toEqual({
      settings: { palette: 'no-red', tolerance: 0.34 },
      problems: [],
    });
  });

  it('gives the defaults for a document that saved nothing', () => {
    expect(readRuleSettings(undefined)).toEqual({ settings: DEFAULT_RULE_SETTINGS, problems: [] });
  });

  it('keeps the readable setting when the other cannot be read, and says what was wrong', () => {
    const { settings, problems } = readRuleSettings({ palette: 'no-red', tolerance: 40 });
    expect(settings).toEqual({ palette: 'no-red', tolerance: 0 });
    expect(problems).toEqual(['Tolerance must be at most 9 grades: use e.g. 0.34 for a third either way']);
  });

  it('falls back to the defaults, with a message, when what was saved is not settings at all', () => {
    const { settings, problems } = readRuleSettings('[object Object]');
    expect(settings).toEqual(DEFAULT_RULE_SETTINGS);
    expect(problems[0]).toContain('must be an object');
  });
});

describe("the school's grade scale in the saved settings", () => {
  const KS3 = SCALE_PRESETS['ks3-descriptors'].settings;

  it('keeps a saved scale, and the rules built from the settings carry its labels', () => {
    const { settings, problems } = readRuleSettings({ palette: 'standard', tolerance: 0, scale: KS3 });
    expect(problems).toEqual([]);
    expect(settings.scale!.labels.map(({ label }) => label)).toEqual(['Emerging', 'Developing', 'Secure', 'Mastered']);
    const [above] = trafficLightRules({ current: 'F2:H30', target: 'E2:E30', ...settings });
    expect(above!.formula).toContain(' SECURE ');
    expect(trafficLightRules({ current: 'F2:H30', target: 'E2:E30', palette: 'standard', tolerance: 0 })[0]!.formula).not.toContain(
      'SECURE',
    );
  });

  it('keeps the palette and tolerance when the scale cannot be used, and says which label is wrong', () => {
    const saved = { palette: 'no-red', tolerance: 0.34, scale: { labels: [{ label: 'B', value: 2 }] } };
    const { settings, problems } = readRuleSettings(saved);
    expect(settings).toEqual({ palette: 'no-red', tolerance: 0.34 });
    expect(problems).toEqual([
      "The saved grade scale could not be used (The label 'B' already means something in every tracker " +
        '(a grade, a number or a no-grade mark): choose another): the GCSE 9-1 scale is used',
    ]);
  });

  it('is left out when a document saved none, so the built-in GCSE scale is used', () => {
    expect(readRuleSettings({ palette: 'standard', tolerance: 0 }).settings).not.toHaveProperty('scale');
  });
});
