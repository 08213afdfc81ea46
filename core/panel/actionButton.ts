/**
 * The shape of a panel action and of the button that runs one. Kept apart from the views so each
 * section's view can take an `ActionButton` without importing the view that makes it.
 */
import type { PanelSession } from './session';
import type { StatusArea } from './status';

export type Action = (session: PanelSession, status: StatusArea) => Promise<void>;
/** Makes a button that runs `run`, reporting to `status`, unless another action is running. */
export type ActionButton = (text: string, run: Action, status: StatusArea, className?: string) => HTMLButtonElement;
