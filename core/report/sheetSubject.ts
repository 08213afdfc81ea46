/**
 * The subject a one-subject sheet is about, from its name: "Y11 Maths" -> "Maths", "Year 11 English Lit"
 * -> "English Lit". Departments name their tabs by year group and subject, and the grade columns on such
 * a sheet ("Target", "RP1") name no subject, so the tab's name is the only place the subject is written.
 */

/**
 * Year-group words ("Y11", "Yr 10", "Year 11", "Y10-11", "Year 10/11"), academic years ("2025-26",
 * "2025/2026") and the word "tracker" say nothing about the subject; whatever is left is the subject.
 */
const NOT_SUBJECT = [/\b(?:y|yr|year)\s*\d{1,2}(?:\s*[-/&]\s*\d{1,2})?\b/gi, /\b20\d\d\s*[-/]\s*(?:20)?\d\d\b/g, /\btracker\b/gi];
/** Separators left at either end once those are gone ("Y11 - Maths" -> "Maths"). */
const EDGE_SEPARATORS = /^[\s\-_:|,.()]+|[\s\-_:|,.()]+$/g;

/** The sheet's name less its year-group words, spaces tidied; the whole name when nothing else is left ("Y11"). */
export function subjectFromSheetName(sheetName: string): string {
  let rest = sheetName;
  for (const pattern of NOT_SUBJECT) rest = rest.replace(pattern, ' ');
  const subject = rest.replace(/\s+/g, ' ').replace(EDGE_SEPARATORS, '').trim();
  return (subject || sheetName.trim()).slice(0, 100);
}
