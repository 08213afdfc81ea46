/**
 * Issue 2's measurements: the core functions over 100,000 cells, and ON_TRACK against two floors
 * (issue 14): the comparison alone on grades already parsed, and a tight hand-written parser of the
 * same cells plus that comparison. Both ratios are timed side by side (measure.ts interleavedRatio)
 * on a seeded random tracker, so no branch learns a pattern a real tracker would not have.
 */
import { defaultGradeScale, functions } from '../../core/index';
import { interleavedRatio, medianMs, seededRandom, timedLine, type BenchLine } from './measure';

const CELLS = 100_000;
const COLLECTIONS = 4;
const PUPILS = CELLS / COLLECTIONS;
const SEED = 20_251_203;
const ROUNDS = 151;

interface Tracker {
  current: unknown[][];
  target: number[][];
}

/**
 * A tracker as teachers fill it (issue 14's mix): 70% whole grades typed as numbers, 20% grades as
 * text (mostly fine grades such as 5+ and 6-, some bare numbers such as "5", a few U), 10% blank.
 * Targets are whole grades 3 to 8, and each grade falls within two grades below to a grade above
 * its target, so every status is common and which one comes next cannot be guessed.
 */
function randomTracker(pupils: number, collections: number, seed = SEED): Tracker {
  const random = seededRandom(seed);
  const target = Array.from({ length: pupils }, () => [3 + Math.floor(random() * 6)]);
  const current = target.map(([goal]) =>
    Array.from({ length: collections }, () => {
      const kind = random();
      if (kind < 0.1) return null;
      const grade = Math.min(9, Math.max(1, goal! - 2 + Math.floor(random() * 4)));
      if (kind < 0.8) return grade;
      const text = random();
      if (text < 0.8) return `${grade}${random() < 0.5 ? '+' : '-'}`;
      return text < 0.95 ? String(grade) : 'U';
    }),
  );
  return { current, target };
}

/** The comparison floor: ON_TRACK's comparison alone, on grades already turned into twelfths. */
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

const BLANK_CELL = -1;

/**
 * The fair floor's parser: a cell's grade in twelfths, BLANK_CELL for an empty cell, NaN for
 * anything it does not know. It reads what the random tracker holds and nothing more: a number (a
 * whole grade, or a whole number of twelfths from 1- to 9+), "5", "5+", "6-" and "U", by char codes.
 */
function fairTwelfths(cell: unknown): number {
  if (typeof cell === 'number') {
    if ((cell | 0) === cell && cell >= 1 && cell <= 9) return cell * 12;
    const scaled = cell * 12;
    const twelfths = Math.round(scaled);
    return twelfths >= 8 && twelfths <= 112 && Math.abs(scaled - twelfths) < 1e-6 ? twelfths : NaN;
  }
  if (typeof cell !== 'string') return cell === null || cell === undefined ? BLANK_CELL : NaN;
  const length = cell.length;
  if (length === 0) return BLANK_CELL;
  const digit = cell.charCodeAt(0) - 48;
  if (length === 1) return digit >= 1 && digit <= 9 ? digit * 12 : digit === 37 || digit === 69 ? 0 : NaN; // U or u
  if (length !== 2 || digit < 1 || digit > 9) return NaN;
  const sign = cell.charCodeAt(1);
  return sign === 43 ? digit * 12 + 4 : sign === 45 ? digit * 12 - 4 : NaN; // + or -
}

/**
 * The fair floor: the least work any ON_TRACK must do on these cells. It parses each grade and the
 * row's target with fairTwelfths, and compares them with a tolerance (in twelfths) as ON_TRACK does:
 * blank beside a blank, #VALUE! for what it cannot read, otherwise Above, On, Below or Well below.
 */
function fairFloorOnTrack(current: unknown[][], target: unknown[][], tolerance: number): string[][] {
  const output: string[][] = new Array(current.length);
  for (let r = 0; r < current.length; r += 1) {
    const row = current[r]!;
    const goal = fairTwelfths(target[r]![0]);
    const statuses: string[] = new Array(row.length);
    for (let c = 0; c < row.length; c += 1) {
      const grade = fairTwelfths(row[c]);
      if (grade === BLANK_CELL || goal === BLANK_CELL) statuses[c] = '';
      else if (grade !== grade || goal !== goal) statuses[c] = '#VALUE!';
      else {
        const diff = grade - goal;
        statuses[c] = diff > tolerance ? 'Above' : diff >= -tolerance ? 'On' : diff >= -12 ? 'Below' : 'Well below';
      }
    }
    output[r] = statuses;
  }
  return output;
}

/** A floor that skipped work ON_TRACK does would flatter the ratio, so each must give ON_TRACK's answers. */
function checkSameStatuses(name: string, expected: unknown, actual: unknown): void {
  if (JSON.stringify(expected) !== JSON.stringify(actual)) throw new Error(`The ${name} gives other statuses than ON_TRACK`);
}

export function coreBenchmarks(): BenchLine[] {
  const { current, target } = randomTracker(PUPILS, COLLECTIONS);
  const onTrack = () => functions.ON_TRACK(current, target);
  const onTrackMs = medianMs(onTrack);

  const parsed = current.map((row) =>
    row.map((cell) => {
      const reading = defaultGradeScale.read(cell);
      return typeof reading === 'number' ? reading : NaN;
    }),
  );
  const parsedTargets = target.map(([goal]) => goal! * 12);
  const floor = () => floorOnTrack(parsed, parsedTargets);
  const fairFloor = () => fairFloorOnTrack(current, target, 0);
  checkSameStatuses('floor', onTrack(), floor());
  checkSameStatuses('fair floor', onTrack(), fairFloor());
  const againstFloor = interleavedRatio(onTrack, floor, { rounds: ROUNDS });
  const againstFairFloor = interleavedRatio(onTrack, fairFloor, { rounds: ROUNDS });

  const ks2 = Array.from({ length: CELLS / 2 }, (_, pupil) => [80 + (pupil % 41), 85 + ((pupil * 7) % 36)]);
  const targetMs = medianMs(() => functions.TARGET_GRADE(ks2));

  const tracker = randomTracker(Math.ceil(CELLS / 3), 3, SEED + 1);
  const statuses = functions.ON_TRACK(tracker.current, tracker.target) as unknown[][];
  const flags = statuses.map((_, pupil) => [pupil % 10 < 3 ? 'Y' : 'N']);
  const gapMs = medianMs(() => functions.PP_GAP(statuses, flags));

  return [
    timedLine('ON_TRACK', CELLS, onTrackMs),
    timedLine('TARGET_GRADE', CELLS, targetMs),
    timedLine('PP_GAP', statuses.length * 3, gapMs),
    { bench: 'ON_TRACK vs floor: the comparison alone, on grades already parsed to twelfths', ratio: againstFloor.ratio },
    {
      bench: 'ON_TRACK vs fair floor: a tight parser of the same cells (numbers, 5, 5+, 6-, U), then the comparison',
      ratio: againstFairFloor.ratio,
    },
  ];
}
