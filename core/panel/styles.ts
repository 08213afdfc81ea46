/**
 * The panel's one stylesheet, as a string a host can inline (the Sheets sidebar is one HTML file)
 * or leave to mountPanel, which adds it once. The root's class picks the look: Fluent in Excel,
 * Google's add-on style in Sheets. Every text colour meets WCAG AA (4.5:1) on its background and
 * every input border 3:1; test/browser measures the rendered panel.
 */
/** A host that inlines PANEL_STYLES gives its <style> this id, so mountPanel does not add a second copy. */
export const PANEL_STYLE_ID = 'tracklight-panel-styles';

export const PANEL_STYLES = `
.tl-panel{--tl-font:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;
--tl-size:14px;--tl-text:#242424;--tl-muted:#616161;--tl-line:#e0e0e0;--tl-edge:#8a8a8a;--tl-accent:#0f6cbd;--tl-accent-hover:#115ea3;
--tl-accent-text:#fff;--tl-focus:#0f6cbd;--tl-problem:#a4262c;--tl-done:#0e700e;--tl-soft:#f5f5f5;--tl-radius:4px;--tl-bg:#fff;
font:var(--tl-size)/1.45 var(--tl-font);color:var(--tl-text);background:var(--tl-bg);padding:12px;max-width:520px;box-sizing:border-box}
.tl-panel.tl-host-sheets{--tl-font:Roboto,"Google Sans",Arial,sans-serif;--tl-size:13px;--tl-text:#202124;--tl-muted:#5f6368;
--tl-line:#dadce0;--tl-edge:#80868b;--tl-accent:#1967d2;--tl-accent-hover:#185abc;--tl-focus:#1967d2;--tl-problem:#c5221f;\
--tl-done:#137333;--tl-soft:#f1f3f4}
.tl-panel *{box-sizing:border-box}
.tl-panel [hidden]{display:none!important}
.tl-panel h1.tl-title{font-size:1.3em;font-weight:600;margin:0 0 8px}
.tl-panel h2.tl-heading{font-size:1.1em;font-weight:600;margin:0}
.tl-panel h3{font-size:1em;font-weight:600;margin:12px 0 4px}
.tl-section{border-top:1px solid var(--tl-line);padding:12px 0}
.tl-sheet-bar{display:flex;flex-wrap:wrap;gap:6px 8px;align-items:center;justify-content:space-between}
.tl-sheet-name{overflow-wrap:anywhere}
.tl-panel p{margin:6px 0}
.tl-hint,.tl-note{color:var(--tl-muted);font-size:.92em}
.tl-hint{display:block}
.tl-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;\
clip:rect(0 0 0 0);white-space:nowrap;border:0}
.tl-panel ul{list-style:none;margin:4px 0;padding:0}
.tl-pair,.tl-column{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.25fr);gap:6px;align-items:center;padding:3px 0}
.tl-pair-label,.tl-column label{overflow-wrap:anywhere}
.tl-letter{display:inline-block;min-width:2.2em;color:var(--tl-muted);font-variant-numeric:tabular-nums}
.tl-arrow{color:var(--tl-muted)}
.tl-columns summary{cursor:pointer;padding:6px 0;font-weight:600}
.tl-subject-pairings>li{border-bottom:1px solid var(--tl-line)}
.tl-subject-summary{cursor:pointer;padding:5px 0;overflow-wrap:anywhere}
.tl-subject-pairing[open]>.tl-subject-summary{font-weight:600}
.tl-subject-pairing>.tl-pairs,.tl-subject-pairing>.tl-hint{margin-left:14px}
.tl-header-row{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin:4px 0 8px}
.tl-panel select,.tl-panel input[type=text],.tl-panel input[type=number]{font:inherit;color:var(--tl-text);background:var(--tl-bg);
border:1px solid var(--tl-edge);border-radius:var(--tl-radius);padding:3px 6px;min-height:30px;width:100%;min-width:0}
.tl-panel input.tl-number{width:6em}
.tl-panel fieldset{border:0;margin:8px 0;padding:0}
.tl-panel legend{font-weight:600;padding:0;margin-bottom:4px}
.tl-palette{display:grid;grid-template-columns:auto minmax(0,1fr);gap:6px;align-items:start;padding:4px 0}
.tl-palette input{margin:4px 0 0}
.tl-palette label{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.tl-swatches{display:inline-flex;gap:2px}
.tl-swatch{display:inline-block;min-width:24px;padding:0 3px;text-align:center;font-size:11px;font-weight:600;\
line-height:18px;border-radius:2px}
.tl-field label{display:block;font-weight:600;margin-bottom:2px}
.tl-field-error{color:var(--tl-problem);font-weight:600}
.tl-field-error:empty{display:none}
.tl-button-row{display:flex;flex-direction:column;gap:8px;margin:8px 0}
.tl-button{font:inherit;font-weight:600;color:var(--tl-text);background:var(--tl-bg);border:1px solid var(--tl-edge);\
border-radius:var(--tl-radius);
padding:5px 12px;min-height:32px;cursor:pointer;text-align:center}
.tl-button:hover{background:var(--tl-soft)}
.tl-button.tl-primary{background:var(--tl-accent);border-color:var(--tl-accent);color:var(--tl-accent-text)}
.tl-button.tl-primary:hover{background:var(--tl-accent-hover)}
.tl-button.tl-subtle{font-weight:400;padding:3px 10px;min-height:28px}
.tl-button[aria-disabled=true]{cursor:progress;opacity:.75}
.tl-panel :focus-visible{outline:2px solid var(--tl-focus);outline-offset:2px}
.tl-panel .tl-button.tl-primary:focus-visible{outline-offset:2px;box-shadow:inset 0 0 0 1px var(--tl-bg)}
.tl-problems{border-left:4px solid var(--tl-problem);background:var(--tl-soft);padding:6px 10px;margin:8px 0}
.tl-warnings{margin:8px 0}
.tl-warning{border-left:4px solid var(--tl-edge);padding:4px 8px;margin:4px 0;background:var(--tl-soft)}
.tl-severity-error{border-left-color:var(--tl-problem)}
.tl-status-lines .tl-line{padding:3px 0 3px 8px;border-left:3px solid transparent;overflow-wrap:anywhere}
.tl-status-lines .tl-in-progress{color:var(--tl-muted)}
.tl-line-details{margin:2px 0 0 12px}
.tl-line-detail{padding:1px 0;overflow-wrap:anywhere}
.tl-tone-done{border-left-color:var(--tl-done)}
.tl-tone-problem{border-left-color:var(--tl-problem)}
.tl-tone-word{font-weight:600}
.tl-report-preview{border-left:4px solid var(--tl-accent);background:var(--tl-soft);padding:6px 10px;margin:8px 0}
.tl-report-preview h3{margin:2px 0 4px}
.tl-report-state{color:var(--tl-muted);font-size:.92em;margin:2px 0 6px}
.tl-headline-lines .tl-headline-line{padding:2px 0;overflow-wrap:anywhere;font-variant-numeric:tabular-nums}
.tl-report-warning{border-left:4px solid var(--tl-edge);padding:4px 8px;margin:4px 0;background:var(--tl-bg);overflow-wrap:anywhere}
.tl-report-warnings-heading{font-weight:600}
.tl-tone-done .tl-tone-word{color:var(--tl-done)}
.tl-tone-problem .tl-tone-word{color:var(--tl-problem)}
.tl-tone-unsaved{border-left-color:var(--tl-problem)}
.tl-tone-unsaved .tl-tone-word{color:var(--tl-problem)}
.tl-saved-copy{border-left:4px solid var(--tl-problem);background:var(--tl-soft);padding:10px 12px;margin:8px 0}
.tl-saved-copy .tl-button-row{flex-direction:row}
.tl-saved-copy-outcome:empty{display:none}
.tl-saved-copy-outcome:focus{outline:none}
.tl-button.tl-confirming{border-color:var(--tl-problem);color:var(--tl-problem);box-shadow:inset 0 0 0 1px var(--tl-problem)}
.tl-completion-count{font-weight:600;margin:10px 0 2px}
.tl-missing-pupils{margin:0 0 6px 14px;padding:0}
.tl-link-button{font:inherit;color:var(--tl-accent);background:none;border:0;padding:1px 0;text-decoration:underline;\
cursor:pointer;text-align:left}
.tl-link-button:hover{text-decoration-thickness:2px}
.tl-cell-ref{color:var(--tl-muted);font-size:.9em}
.tl-chase-text{width:100%;box-sizing:border-box;font:inherit;margin-top:8px}
`;

/** Adds the stylesheet to the document once, whichever host mounts the panel. */
export function ensurePanelStyles(doc: Document): void {
  if (doc.getElementById(PANEL_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = PANEL_STYLE_ID;
  style.textContent = PANEL_STYLES;
  doc.head.appendChild(style);
}
