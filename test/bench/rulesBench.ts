/**
 * Issue 10's measurement: building the four traffic-light rules for a school scale of 40 labels of
 * 20 characters (the longest formulas Tracklight writes), beside the built-in scale in one process.
 */
import { trafficLightRules } from '../../core/rules';
import { fortyLabelScale } from '../core/rules/schoolScales';
import { medianMs, type BenchLine } from './measure';

const RANGES = { current: 'F2:H300', target: 'E2:E300', tolerance: 0.34 } as const;

export function rulesBenchmarks(): BenchLine[] {
  const scale = fortyLabelScale();
  const schoolMs = medianMs(() => trafficLightRules({ ...RANGES, scale }));
  const builtInMs = medianMs(() => trafficLightRules(RANGES));
  const longest = Math.max(...trafficLightRules({ ...RANGES, scale }).map((rule) => rule.formula.length));
  return [
    { bench: 'traffic-light rules from a 40-label school scale (4 formulas)', median_ms: Number(schoolMs.toFixed(3)) },
    { bench: 'traffic-light rules: 40-label scale vs built-in scale', ratio: schoolMs / builtInMs },
    { bench: 'traffic-light rules: longest formula for a 40-label scale (Excel allows 8,192)', bytes: longest },
  ];
}
