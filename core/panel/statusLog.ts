/**
 * What a report of progress and results holds, without any DOM: its lines in order, at most one of
 * them still in progress ("Colouring 'Y8'..."). A result takes the place of the line in progress, so
 * when an action has finished its report holds results only: one short line per sheet, not a
 * "Colouring..." line left above each. status.ts shows the log; test/support shows the same log as text.
 */

export type Tone = 'info' | 'done' | 'problem' | 'unsaved';

/** A detail about one cell, e.g. the first of a column's cells that are not grades: shown as a way to go to it. */
export interface CellDetail {
  text: string;
  sheetName: string;
  /** Its address, e.g. 'F12'. */
  cell: string;
}

export type StatusDetail = string | CellDetail;

export interface StatusLine {
  text: string;
  tone: Tone;
  /** Said under the line, e.g. the columns of that sheet holding cells that are not grades. */
  details: readonly StatusDetail[];
  /** True while the work the line names is still going on: the next line replaces it. */
  inProgress: boolean;
}

/** What the log did, so a view can change only the line that changed (a live region reads out what changes). */
export type StatusChange = { kind: 'cleared' } | { kind: 'added'; line: StatusLine } | { kind: 'replaced'; at: number; line: StatusLine };

export interface StatusReport {
  /** Starts a new report: clears the lines of the last one, and says what is under way. */
  begin(text: string): void;
  /** Says what is under way now, in place of what was under way before. */
  progress(text: string): void;
  /** A result, in place of the line in progress if there is one. */
  line(text: string, tone?: Tone, details?: readonly StatusDetail[]): void;
  /** Adds the line unless this report already has it: for what an action would say at every step. */
  lineOnce(text: string, tone?: Tone): void;
}

export interface StatusLog extends StatusReport {
  readonly lines: readonly StatusLine[];
}

export function createStatusLog(onChange: (change: StatusChange) => void = () => undefined): StatusLog {
  const lines: StatusLine[] = [];
  const said = new Set<string>();
  const put = (line: StatusLine) => {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.inProgress) {
      lines[last] = line;
      onChange({ kind: 'replaced', at: last, line });
    } else {
      lines.push(line);
      onChange({ kind: 'added', line });
    }
  };
  const line = (text: string, tone: Tone = 'info', details: readonly StatusDetail[] = []) => {
    said.add(text);
    put({ text, tone, details: [...details], inProgress: false });
  };
  return {
    lines,
    begin(text) {
      lines.length = 0;
      said.clear();
      onChange({ kind: 'cleared' });
      put({ text, tone: 'info', details: [], inProgress: true });
    },
    progress(text) {
      put({ text, tone: 'info', details: [], inProgress: true });
    },
    line,
    lineOnce(text, tone) {
      if (!said.has(text)) line(text, tone);
    },
  };
}
