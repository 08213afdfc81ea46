/**
 * What a person sees in a cell a host wrote: a leading apostrophe is the host's "this is text"
 * marker, which neither Excel nor Google Sheets shows or keeps, so it is not part of the text.
 */
export const shown = (cell: unknown): unknown => (typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell);

export const shownRows = (rows: readonly (readonly unknown[])[]): unknown[][] => rows.map((row) => row.map(shown));
