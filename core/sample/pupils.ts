/** One synthetic pupil: identity, group flags, KS2 scores and intervention, drawn from a seeded stream. */
import { BOYS_NAMES, GIRLS_NAMES, SURNAMES } from './names';
import type { Random } from './random';
import { chooseSubjects } from './subjects';

export type Send = 'N' | 'K' | 'E';
export type Intervention = '' | 'Tutoring' | 'Reading catch-up';

/** A pupil as the tracker shows them (subject grades are added by the school generator). */
export interface PupilDetails {
  /** 'X000' + year + serial: LA code 000 belongs to no local authority, so this is never a real UPN. */
  upn: string;
  surname: string;
  forename: string;
  year: number;
  /** Form / teaching group, e.g. 7A. */
  classGroup: string;
  gender: 'F' | 'M';
  pp: boolean;
  disadvantaged: boolean;
  fsm6: boolean;
  send: Send;
  eal: boolean;
  /** KS2 scaled scores 80-120, or null for a pupil who missed KS2 (often a late arrival from abroad). */
  ks2Reading: number | null;
  ks2Maths: number | null;
  intervention: Intervention;
}

/** What the generator knows but the sheet does not show: it shapes the pupil's grades. */
export interface HiddenTraits {
  /** How far the pupil tends to sit above (+) or below (-) target, in grades. */
  ability: number;
  /** KS2 as it would have been, used for the expected grade when the sheet's KS2 is blank. */
  trueReading: number;
  trueMaths: number;
  subjects: string[];
}

export const PUPILS_PER_CLASS = 30;
const CLASS_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** 7A..7F for 180 pupils; a 2,000-pupil year runs on to 10A2, 10B2... */
export function classLabel(year: number, classIndex: number): string {
  const round = Math.floor(classIndex / CLASS_LETTERS.length);
  return `${year}${CLASS_LETTERS[classIndex % CLASS_LETTERS.length]}${round === 0 ? '' : round + 1}`;
}

export const classCount = (pupils: number): number => Math.max(1, Math.ceil(pupils / PUPILS_PER_CLASS));

export const sampleUpn = (year: number, serial: number): string =>
  `X000${String(year).padStart(2, '0')}${String(serial).padStart(7, '0')}`;

const clampScore = (score: number): number => Math.min(120, Math.max(80, Math.round(score)));

/**
 * Shares follow national figures for a typical comprehensive: PP about 30%, SEN support (K)
 * about 12%, EHC plans (E) about 2%, EAL about 15%. KS2 scores centre near 104 with a spread
 * of about 6.5, lower on average for PP and SEND pupils, as in national data.
 */
export function drawPupil(
  year: number,
  serial: number,
  classIndex: number,
  random: Random,
): { details: PupilDetails; hidden: HiddenTraits } {
  const gender = random.chance(0.5) ? 'F' : 'M';
  const forename = random.pick(gender === 'F' ? GIRLS_NAMES : BOYS_NAMES);
  const surname = random.pick(SURNAMES);
  const pp = random.chance(0.3);
  // Disadvantaged in DfE terms is mostly PP; a few more (e.g. previously looked-after) are added.
  const disadvantaged = pp || random.chance(0.03);
  // FSM at any point in six years is the main route into PP, so FSM6 pupils are PP pupils.
  const fsm6 = pp && random.chance(0.85);
  const sendDraw = random.next();
  const send: Send = sendDraw < 0.02 ? 'E' : sendDraw < 0.14 ? 'K' : 'N';
  const eal = random.chance(0.15);

  const general = random.normal();
  const shift = (pp ? -3.5 : 0) + (send === 'K' ? -6 : send === 'E' ? -12 : 0);
  const trueReading = clampScore(106.3 + shift + (eal ? -2 : 0) + 6.5 * (0.8 * general + 0.6 * random.normal()));
  const trueMaths = clampScore(105.8 + shift + 6.5 * (0.8 * general + 0.6 * random.normal()));
  const missedKs2 = random.chance(eal ? 0.12 : 0.015);
  const missedReading = missedKs2 || random.chance(0.01);

  const ability = 0.7 * random.normal();
  const intervention = chooseIntervention(year, trueReading, ability, pp, random);
  const details: PupilDetails = {
    upn: sampleUpn(year, serial),
    surname,
    forename,
    year,
    classGroup: classLabel(year, classIndex),
    gender,
    pp,
    disadvantaged,
    fsm6,
    send,
    eal,
    ks2Reading: missedReading ? null : trueReading,
    ks2Maths: missedKs2 ? null : trueMaths,
    intervention,
  };
  return { details, hidden: { ability, trueReading, trueMaths, subjects: chooseSubjects(year, classIndex, random) } };
}

/** Catch-up reading for weak readers in Y7-Y8; tutoring for pupils behind, PP first, mostly in Y10-Y11. */
function chooseIntervention(year: number, reading: number, ability: number, pp: boolean, random: Random): Intervention {
  const draw = random.next();
  if (year <= 8 && reading < 100) return draw < 0.45 ? 'Reading catch-up' : '';
  const tutoring = (year >= 10 ? 0.04 : 0.01) + (ability < -0.4 ? 0.25 : 0) + (pp ? 0.1 : 0);
  return draw < tutoring ? 'Tutoring' : '';
}
