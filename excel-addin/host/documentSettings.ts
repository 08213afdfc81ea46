/// <reference types="office-js" />
/**
 * Tracklight's settings and layouts live in the workbook itself, in Office's document settings,
 * under one key. They are returned as stored: the panel checks them (core/panel/documentSettings.ts).
 */
import type { OfficeApi } from './excelApi';

export const SETTINGS_KEY = 'tracklight';

export async function loadSettings(office: OfficeApi): Promise<unknown> {
  return office.context.document.settings.get(SETTINGS_KEY) ?? null;
}

/** set() changes only Office's in-memory copy; saveAsync writes it into the workbook. */
export function saveSettings(office: OfficeApi, settings: unknown): Promise<void> {
  const store = office.context.document.settings;
  return new Promise((resolve, reject) => {
    store.set(SETTINGS_KEY, settings);
    store.saveAsync((result) => {
      if (result.status === office.AsyncResultStatus.Succeeded) return resolve();
      const reason = result.error?.message?.trim() || 'Excel gave no reason';
      reject(new Error(`Excel could not save Tracklight's settings in this workbook (${reason}). If the workbook is read-only, save a copy you can edit, then change the setting again.`));
    });
  });
}
