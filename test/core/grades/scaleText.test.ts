/** The school's own labels as typed in the panel: "label = value" lines, read, refused with the line named, and written back. */
import { describe, expect, it } from 'vitest';
import { readScaleText, scaleText } from '../../../core/grades/scaleText';

describe("a school's labels typed one per line", () => {
  it('reads "label = value" (or "label: value") lines, blank lines and spaces aside, and writes them back the same', () => {
    const reading = readScaleText('  Emerging = 1\n\nDeveloping: 2\r\nSecure =3\nMastered= 4.5 ');
    expect(reading).toEqual({
      ok: true,
      scale: {
        labels: [
          { label: 'Emerging', value: 1 },
          { label: 'Developing', value: 2 },
          { label: 'Secure', value: 3 },
          { label: 'Mastered', value: 4.5 },
        ],
        numbers: 'grades',
        step: 1,
      },
    });
    expect(scaleText(reading.ok ? reading.scale : { labels: [] })).toBe('Emerging = 1\nDeveloping = 2\nSecure = 3\nMastered = 4.5');
  });

  it.each([
    ['', 'Type one label and its value per line'],
    ['Secure', 'Line 1 (\'Secure\') needs a label, "=" and a number'],
    ['Secure = 3\nMastered = lots', "Line 2 ('Mastered = lots') needs a label"],
    ['= 3', "Line 1 ('= 3') needs a label"],
    ['Secure = 3\nStrong = 3', "'Secure' and 'Strong' both have the value 3"],
    ['A = 3', "The label 'A' already means something in every tracker"],
  ])('refuses %j, saying which line or label to fix', (text, message) => {
    const reading = readScaleText(text);
    expect(reading.ok).toBe(false);
    expect(reading.ok ? '' : reading.message).toContain(message);
  });
});
