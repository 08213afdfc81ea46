/**
 * How Tracklight knows its own grade checks from a school's own data validation, on any host and
 * years later: the text a teacher sees (Excel's warning message, Sheets' help text) ends with this
 * bracketed phrase. Nobody types "[Tracklight grade check]" into their own validation by accident,
 * and a rule copied from a Tracklight cell is Tracklight's rule. Never recognised by a list's
 * contents or a range alone: a school's own 9-1 dropdown looks just like Tracklight's.
 */
export const GRADE_CHECK_MARK = '[Tracklight grade check]';

/** True for a message or help text Tracklight wrote; false for the school's own (or none). */
export const isTracklightGradeCheck = (text: unknown): boolean => typeof text === 'string' && text.includes(GRADE_CHECK_MARK);
