/// <reference types="office-js" />
/**
 * Tracklight's settings and layouts live in the workbook itself, in Office's document settings,
 * under one key. They are returned as stored: the panel checks them (core/panel/documentSettings.ts),
 * and keeps any it cannot use untouched until the user chooses to start again.
 */
import type { DamagedSettings } from '../../core/panel/documentSettings';
import type { OfficeApi } from './excelApi';

export const SETTINGS_KEY = 'tracklight';

/**
 * Settings Office cannot hand over come back as DamagedSettings, not as a throw: throwing would stop
 * the panel opening, and with it the only way to start again.
 */
export async function loadSettings(office: OfficeApi): Promise<unknown> {
  try {
    return office.context.document.settings.get(SETTINGS_KEY) ?? null;
  } catch (problem) {
    const damaged: DamagedSettings = {
      damaged: `Excel could not read them: ${problem instanceof Error ? problem.message : String(problem)}`,
    };
    return damaged;
  }
}

/**
 * Writes one key of Office's document settings into the workbook: set() changes only Office's
 * in-memory copy, saveAsync writes it. `failure` words the refusal from Excel's reason.
 */
export function saveDocumentSetting(office: OfficeApi, key: string, value: unknown, failure: (reason: string) => string): Promise<void> {
  const store = office.context.document.settings;
  return new Promise((resolve, reject) => {
    store.set(key, value);
    store.saveAsync((result) => {
      if (result.status === office.AsyncResultStatus.Succeeded) return resolve();
      reject(new Error(failure(result.error?.message?.trim() || 'Excel gave no reason')));
    });
  });
}

export function saveSettings(office: OfficeApi, settings: unknown): Promise<void> {
  return saveDocumentSetting(
    office,
    SETTINGS_KEY,
    settings,
    (reason) =>
      `Excel could not save Tracklight's settings in this workbook (${reason}). ` +
      'If the workbook is read-only, save a copy you can edit, then change the setting again.',
  );
}
