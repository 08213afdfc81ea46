/**
 * The report's headline numbers on show, and the one sheet they belong to. They are cleared as soon
 * as the panel reads another sheet (the user re-reads the active sheet, or the host says another was
 * opened), so numbers from 'Y10' are never left standing under the layout of 'Y11'. The report sheet
 * they were just written to is the exception: it holds those very numbers. No DOM: reportsView shows them.
 */
import type { PreviewDisplay, ReportPreview } from './reports';
import type { PanelSession } from './session';

export class ShownHeadlines implements PreviewDisplay {
  private preview: ReportPreview | null = null;
  /** The report sheet the numbers were written to, once "Build report" has added it. */
  private writtenTo: string | null = null;
  /** The report sheet being added now, which the host may open (and the panel read) before the add has resolved. */
  private adding: string | null = null;
  private listeners = new Set<() => void>();

  get current(): ReportPreview | null {
    return this.preview;
  }

  get reportSheet(): string | null {
    return this.writtenTo;
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  show(preview: ReportPreview): void {
    this.preview = preview;
    this.writtenTo = null;
    this.adding = null;
    this.changed();
  }

  writing(reportSheet: string): void {
    this.adding = reportSheet;
  }

  written(reportSheet: string): void {
    this.writtenTo = reportSheet;
    this.adding = null;
    this.changed();
  }

  /** The panel now shows `sheetName`: numbers that belong to another sheet go. */
  follow(sheetName: string): void {
    if (!this.preview || [this.preview.sheetName, this.writtenTo, this.adding].includes(sheetName)) return;
    this.preview = null;
    this.writtenTo = null;
    this.adding = null;
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Headline numbers that follow the session's sheet. */
export function headlinesFollowing(session: PanelSession): ShownHeadlines {
  const headlines = new ShownHeadlines();
  session.onChange(() => {
    if (session.state) headlines.follow(session.state.sheet.name);
  });
  return headlines;
}
