import { z } from 'zod';

const foldLabel = (label: string) => label.replace(/\s+/g, '').toUpperCase();

/** A school's own grade labels (6a/6b/6c, Secure/Developing...) and the grade value each stands for. */
export const gradeSettingsSchema = z
  .object({
    labels: z
      .array(
        z.object({
          label: z.string().trim().min(1, 'A grade label cannot be empty').max(20, 'Keep grade labels to 20 characters'),
          value: z.number().min(0, 'Grade values run from 0 (U)').max(9.5, 'Grade values run up to 9.5'),
        }),
      )
      .max(200, 'At most 200 custom grade labels')
      .default([]),
  })
  .strict()
  .superRefine((settings, context) => {
    const seen = new Set<string>();
    for (const { label } of settings.labels) {
      const folded = foldLabel(label);
      if (seen.has(folded)) context.addIssue({ code: 'custom', message: `The grade label '${label}' is listed twice` });
      seen.add(folded);
    }
  });

export type GradeSettings = z.infer<typeof gradeSettingsSchema>;
export type GradeSettingsInput = z.input<typeof gradeSettingsSchema>;

export { foldLabel };
