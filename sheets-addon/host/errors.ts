/**
 * The one place Apps Script's failures become messages a head of department can act on, and where
 * what the sidebar sent through google.script.run is read with the core's schema before the first
 * call, so a value the server cannot read changes nothing.
 */
import * as z from 'zod/mini';

/** Apps Script's own words for a failure, for the message that says what happened. */
export function reasonOf(error: unknown): string {
  return typeof (error as Error | null)?.message === 'string' ? (error as Error).message : String(error);
}

/** A call Sheets refused whole: "Google Sheets would not <doing> (<its reason>). <after>" */
export const refusal = (doing: string, error: unknown, after: string): Error =>
  new Error(`Google Sheets would not ${doing} (${reasonOf(error)}). ${after}`);

/** Calls that stopped part way: "Google Sheets stopped while <doing> (<its reason>). <after>" */
export const stoppedWhile = (doing: string, error: unknown, after: string): Error =>
  new Error(`Google Sheets stopped while ${doing} (${reasonOf(error)}). ${after}`);

/** A value that crossed google.script.run, as the core's schema reads it; `unreadable` is the whole message when it cannot. */
export function readSent<T>(schema: z.core.$ZodType<T>, value: unknown, unreadable: string): T {
  const read = z.safeParse(schema, value);
  if (!read.success) throw new Error(unreadable);
  return read.data;
}
