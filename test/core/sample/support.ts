/** Shared by the sample-school tests: the default school is generated once per file. */
import { generateSchool, type SamplePupil, type SampleSchool } from '../../../core/sample';

let cached: SampleSchool | undefined;
export const defaultSchool = (): SampleSchool => (cached ??= generateSchool());

export const allPupils = (school: SampleSchool): SamplePupil[] => school.yearGroups.flatMap((group) => group.pupils);

/** Three standard deviations of a share drawn from n pupils at probability p (binomial). */
export const threeSigma = (p: number, n: number): number => 3 * Math.sqrt((p * (1 - p)) / n);

export const share = (pupils: readonly SamplePupil[], test: (pupil: SamplePupil) => boolean): number =>
  pupils.filter(test).length / pupils.length;
