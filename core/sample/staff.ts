/** Teachers' initials for each department, and which teacher takes which class. */
import { INITIAL_LETTERS } from './names';
import { createRandom, hashSeed } from './random';

export type StaffRoom = ReadonlyMap<string, readonly string[]>;

/** Maths, English and Science are the big departments. */
const LARGE_DEPARTMENTS = new Set(['Maths', 'English', 'Science']);

/** Unique three-letter codes (JSM, AKH...) per department, drawn from the school's seed. */
export function createStaffRoom(seed: number, departments: readonly string[]): StaffRoom {
  const random = createRandom(hashSeed(seed, 'staff'));
  const used = new Set<string>();
  const room = new Map<string, string[]>();
  for (const department of departments) {
    const codes: string[] = [];
    const size = LARGE_DEPARTMENTS.has(department) ? 6 : 3;
    while (codes.length < size) {
      const code = random.pick([...INITIAL_LETTERS]) + random.pick([...INITIAL_LETTERS]) + random.pick([...INITIAL_LETTERS]);
      if (used.has(code)) continue;
      used.add(code);
      codes.push(code);
    }
    room.set(department, codes);
  }
  return room;
}

/** A department shares its classes out in turn, starting at a different teacher each year. */
export function teacherFor(room: StaffRoom, department: string, year: number, classIndex: number): string {
  const codes = room.get(department)!;
  return codes[(classIndex + year) % codes.length]!;
}
