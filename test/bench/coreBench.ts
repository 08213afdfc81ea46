/** Issue 2's measurements: the core functions over 100,000 cells, and ON_TRACK against a hand-written floor. */
import { defaultGradeScale, functions } from '../../core/index';
import { medianMs, timedLine, type BenchLine } from './measure';

const CELLS = 100_000;
const COLLECTIONS = 4;
const PUPILS = CELLS / COLLECTIONS;

/** A tracker as teachers fill it: mostly whole grades typed as numbers, some fine grades as text, some blanks. */
function trackerGrades(pupils: number, collections: number): unknown[][] {
  const fine = ['5+', '6-', '4+', '7-', '3+', '5/4', '6='];
  return Array.from({ length: pupils }, (_, pupil) =>
    Array.from({ length: collections }, (_, collection) => {
      const pick = (pupil * 7 + collection * 13) % 20;
      if (pick < 2) return null;
      if (pick < 6) return fine[(pupil + collection) % fine.length];
      return 1 + ((pupil * 3 + collection) % 9);
    }),
  );
}

const targets = (pupils: number) => Array.from({ length: pupils }, (_, pupil) => [2 + (pupil % 7)]);

/** The floor: the same comparison as ON_TRACK on grades already turned into twelfths. */
function floorOnTrack(current: number[][], target: number[]): string[][] {
  const output: string[][] = new Array(current.length);
  for (let r = 0; r < current.length; r += 1) {
    const row = current[r]!;
    const goal = target[r]!;
    const statuses: string[] = new Array(row.length);
    for (let c = 0; c < row.length; c += 1) {
      const grade = row[c]!;
      if (grade !== grade) {
        statuses[c] = '';
        continue;
      }
      const diff = grade - goal;
      statuses[c] = diff > 0 ? 'Above' : diff >= 0 ? 'On' : diff >= -12 ? 'Below' : 'Well below';
    }
    output[r] = statuses;
  }
  return output;
}

export function coreBenchmarks(): BenchLine[] {
  const current = trackerGrades(PUPILS, COLLECTIONS);
  const target = targets(PUPILS);
  const onTrackMs = medianMs(() => functions.ON_TRACK(current, target));

  const parsed = current.map((row) =>
    row.map((cell) => {
      const reading = defaultGradeScale.read(cell);
      return typeof reading === 'number' ? reading : NaN;
    }),
  );
  const parsedTargets = target.map(([goal]) => (goal as number) * 12);
  const floorMs = medianMs(() => floorOnTrack(parsed, parsedTargets));

  const ks2 = Array.from({ length: CELLS / 2 }, (_, pupil) => [80 + (pupil % 41), 85 + ((pupil * 7) % 36)]);
  const targetMs = medianMs(() => functions.TARGET_GRADE(ks2));

  const statuses = functions.ON_TRACK(trackerGrades(Math.ceil(CELLS / 3), 3), targets(Math.ceil(CELLS / 3))) as unknown[][];
  const flags = statuses.map((_, pupil) => [pupil % 10 < 3 ? 'Y' : 'N']);
  const gapMs = medianMs(() => functions.PP_GAP(statuses, flags));

  return [
    timedLine('ON_TRACK', CELLS, onTrackMs),
    timedLine('TARGET_GRADE', CELLS, targetMs),
    timedLine('PP_GAP', statuses.length * 3, gapMs),
    { bench: 'ON_TRACK vs floor', ratio: onTrackMs / floorMs },
  ];
}
