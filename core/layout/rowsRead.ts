/**
 * Hosts read this many rows from the top of a sheet. A module of its own, so a host that only reads
 * the rows (the Sheets server) does not load layout detection with it.
 */
export const ROWS_READ = 15;
