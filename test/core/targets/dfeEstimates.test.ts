/**
 * The embedded DfE 2023 estimates must equal the published reference CSV, row by row, and the
 * Progress 8 total must be the sum of the four elements as the reference README says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dfeAttainment8Estimate } from '../../../core/index';
import { DFE_2023_ESTIMATES, DFE_2023_FIRST_KS2, DFE_2023_LAST_KS2 } from '../../../core/targets/dfe2023Estimates';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const csvPath = path.resolve(projectRoot, '../shared/reference/dfe-ks4-a8-estimates-2023.csv');

function readReference(): Array<Record<string, number>> {
  const [header, ...lines] = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/);
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, index) => [names[index]!, Number(cell)])));
}

const COLUMNS = [
  ['perSlot', 'a8_estimate_per_slot'],
  ['english', 'english_element'],
  ['maths', 'maths_element'],
  ['ebacc', 'ebacc_element'],
  ['open', 'open_element'],
] as const;

describe('DfE 2023 Attainment 8 estimates', () => {
  const reference = readReference();

  it('cover KS2 59 to 120 in 0.5 steps, as the CSV does', () => {
    expect(reference).toHaveLength(123);
    expect(reference[0]!.ks2_average).toBe(DFE_2023_FIRST_KS2);
    expect(reference.at(-1)!.ks2_average).toBe(DFE_2023_LAST_KS2);
    for (const [key] of COLUMNS) expect(DFE_2023_ESTIMATES[key]).toHaveLength(reference.length);
  });

  it('match the CSV row by row in every column the core uses', () => {
    reference.forEach((row, index) => {
      expect(row.ks2_average).toBe(DFE_2023_FIRST_KS2 + index / 2);
      for (const [key, csvColumn] of COLUMNS) {
        expect(DFE_2023_ESTIMATES[key][index], `${csvColumn} at KS2 ${row.ks2_average}`).toBe(row[csvColumn]);
      }
    });
  });

  it('give the Progress 8 total as the sum of the elements: 36.30 at 100 and 58.14 at 110 (reference README)', () => {
    expect(dfeAttainment8Estimate(100)).toBeCloseTo(36.3, 9);
    expect(dfeAttainment8Estimate(110)).toBeCloseTo(58.14, 9);
    expect(dfeAttainment8Estimate(105)).toBeCloseTo(45.47, 9);
  });
});
