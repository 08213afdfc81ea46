/**
 * Range protection in the Sheets fake, as Apps Script documents it: range.protect() adds a Protection
 * of type RANGE to the sheet and returns it; setDescription and setWarningOnly set it and return it
 * (a new one is not warning-only and has no description); getDescription, isWarningOnly, getRange and
 * getProtectionType read it; remove() takes it off, after which the sheet no longer lists it.
 * sheet.getProtections(RANGE) lists the sheet's range protections in the order they were added. The
 * user who ran protect() may edit it (canEdit true). Nothing here knows about Tracklight. A test seeds
 * the school's own as { range: 'F4:F30', description: 'Exam board' }; the snapshot gives each back.
 */
import type { Recorded } from './sheetsRecorder';
import { areaToA1, type Area } from './sheetsGrid';

export interface RangeProtectionSeed {
  range: string;
  description?: string;
  warningOnly?: boolean;
}

interface ProtectionData {
  area: Area;
  description: string;
  warningOnly: boolean;
}

export function protectionFactory(recorded: Recorded) {
  /** One sheet's range protections; `rangeOf` gives the fake's Range for an area of that sheet. */
  class SheetProtections {
    private readonly list: { data: ProtectionData; api: object }[] = [];
    constructor(
      seed: RangeProtectionSeed[] | undefined,
      toArea: (a1: string) => Area,
      private readonly rangeOf: (area: Area) => object,
    ) {
      for (const each of seed ?? [])
        this.add({ area: toArea(each.range), description: each.description ?? '', warningOnly: !!each.warningOnly });
    }
    add(data: ProtectionData): object {
      const api: object = recorded('Protection', {
        getDescription: () => data.description,
        setDescription: (text: unknown) => {
          if (typeof text !== 'string') throw new Error('setDescription takes text.');
          data.description = text;
          return api;
        },
        isWarningOnly: () => data.warningOnly,
        setWarningOnly: (warningOnly: unknown) => {
          if (typeof warningOnly !== 'boolean') throw new Error('setWarningOnly takes true or false.');
          data.warningOnly = warningOnly;
          return api;
        },
        getRange: () => this.rangeOf(data.area),
        getProtectionType: () => 'RANGE',
        canEdit: () => true,
        remove: () => {
          const index = this.list.findIndex((entry) => entry.api === api);
          if (index >= 0) this.list.splice(index, 1);
        },
      });
      this.list.push({ data, api });
      return api;
    }
    protect(area: Area): object {
      return this.add({ area: { ...area }, description: '', warningOnly: false });
    }
    apis(): object[] {
      return this.list.map(({ api }) => api);
    }
    /** For tests: every range protection, in order, as A1, description and mode. */
    snapshot(): { range: string; description: string; warningOnly: boolean }[] {
      return this.list.map(({ data }) => ({ range: areaToA1(data.area), description: data.description, warningOnly: data.warningOnly }));
    }
  }
  return { SheetProtections };
}

export type FakeSheetProtections = InstanceType<ReturnType<typeof protectionFactory>['SheetProtections']>;
