/**
 * How a spreadsheet function is written for a person to read, e.g. ON_TRACK(current, target,
 * [tolerance]): optional parameters in brackets, as both hosts' formula help shows them. The Sheets
 * function list, the Excel task pane and the README's table all show this one text; Excel's carries
 * the add-in's namespace (PUPIL.ON_TRACK(...)).
 */

interface Signed {
  name: string;
  params: readonly { name: string; optional: boolean }[];
}

export function signatureText(definition: Signed, { namespace }: { namespace?: string } = {}): string {
  const params = definition.params.map((param) => (param.optional ? `[${param.name}]` : param.name));
  return `${namespace ? `${namespace}.` : ''}${definition.name}(${params.join(', ')})`;
}
