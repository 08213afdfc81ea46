/**
 * A whole cell of text copied from the tracker: a pupil's name, UPN or class, a subject, grade,
 * programme, column or collection label. It must land exactly as it was, so it is marked here and
 * written once, when the grid is finished, through asLiteralCell: anything but plain words gets the
 * apostrophe both hosts read as "this is text". Marking rather than escaping here means the grid
 * never escapes it a second time, and the report's own words around it are left alone.
 * For a whole cell only: text built into a sentence ("... at RP3") is the report's own words.
 */
import type { GridCell } from './grid';

export const trackerText = (text: string | null): GridCell => ({ value: text ?? '', fromTracker: true });
