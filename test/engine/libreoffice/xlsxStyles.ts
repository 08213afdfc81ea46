/**
 * Test support: styles.xml for a test workbook. Cells get a solid fill (for markers) through
 * cellXfs; conditional formats get their fill and font colour through dxfs, written the way
 * Excel writes a custom-formula rule's format (the fill colour goes in bgColor).
 */

/** '#C6EFCE' to the ARGB an .xlsx stores, 'FFC6EFCE'. */
export function argb(hex: string): string {
  if (!/^#[0-9A-F]{6}$/i.test(hex)) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  return `FF${hex.slice(1).toUpperCase()}`;
}

export class XlsxStyles {
  private readonly fills: string[] = [];
  private readonly dxfs: string[] = [];

  /** The cellXfs index of a cell filled with `hex` (0 is the default, unfilled). */
  cellStyle(hex: string | undefined): number {
    if (hex === undefined) return 0;
    let index = this.fills.indexOf(hex);
    if (index < 0) index = this.fills.push(hex) - 1;
    return index + 1;
  }

  /** The dxf index of a conditional format's look. */
  differentialStyle(fill: string, fontColor: string): number {
    return (
      this.dxfs.push(
        `<dxf><font><color rgb="${argb(fontColor)}"/></font><fill><patternFill><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`,
      ) - 1
    );
  }

  xml(): string {
    // Fill 0 and 1 are reserved by the format (none and gray125); cell fills follow from 2.
    const fills = [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      ...this.fills.map(
        (hex) => `<fill><patternFill patternType="solid"><fgColor rgb="${argb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`,
      ),
    ];
    const cellXfs = [
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      ...this.fills.map((_, index) => `<xf numFmtId="0" fontId="0" fillId="${index + 2}" borderId="0" xfId="0" applyFill="1"/>`),
    ];
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>',
      `<fills count="${fills.length}">${fills.join('')}</fills>`,
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      `<cellXfs count="${cellXfs.length}">${cellXfs.join('')}</cellXfs>`,
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      `<dxfs count="${this.dxfs.length}">${this.dxfs.join('')}</dxfs>`,
      '</styleSheet>',
    ].join('');
  }
}
