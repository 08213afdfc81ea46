/**
 * Core schemas use zod/mini, which tree-shakes (classic zod adds about 450 KB to each host
 * bundle). Import it as `import * as z from 'zod/mini'` and never re-export the namespace:
 * an escaping namespace object keeps every export, every locale included. Importing
 * anything from this module also switches on English messages, so a bad setting reads plainly.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

/** Every problem in a failed parse as one readable line, with where it is. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join(' > ')}: ${issue.message}` : issue.message)).join('\n');
}

/** JSON text read through a schema: what it holds, or null when the text is not JSON or not of that shape. */
export function parseJsonWith<T>(schema: z.core.$ZodType<T>, text: string | null | undefined): T | null {
  if (typeof text !== 'string') return null;
  try {
    const parsed = z.safeParse(schema, JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
