import * as z from 'zod/mini';
import '../schema';

const foldLabel = (label: string) => label.replace(/\s+/g, '').toUpperCase();

const gradeLabel = z.object({
  label: z
    .string()
    .check(z.trim(), z.minLength(1, 'A grade label cannot be empty'), z.maxLength(20, 'Keep grade labels to 20 characters')),
  value: z.number().check(z.minimum(0, 'Grade values run from 0 (U)'), z.maximum(9.5, 'Grade values run up to 9.5')),
});

/** A school's own grade labels (6a/6b/6c, Secure/Developing...) and the grade value each stands for. */
export const gradeSettingsSchema = z
  .strictObject({
    labels: z._default(z.array(gradeLabel).check(z.maxLength(200, 'At most 200 custom grade labels')), []),
  })
  .check(
    z.superRefine((settings, context) => {
      const seen = new Set<string>();
      for (const { label } of settings.labels) {
        const folded = foldLabel(label);
        if (seen.has(folded)) context.addIssue({ code: 'custom', message: `The grade label '${label}' is listed twice` });
        seen.add(folded);
      }
    }),
  );

export type GradeSettings = z.infer<typeof gradeSettingsSchema>;
export type GradeSettingsInput = z.input<typeof gradeSettingsSchema>;

export { foldLabel };
