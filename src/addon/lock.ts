/** Two people pressing at once: the second is told plainly, and nothing is written. */

import { userMessage } from "./errors.js";
import type { Lock, Ui } from "./gas.js";
import { ADDON } from "./messages.vi.js";

/** How long to wait for someone else's run to finish before giving up. */
export const LOCK_WAIT_MS = 3000;

/**
 * Runs `action` holding the document lock, always releasing it. A failure is logged (to
 * Cloud Logging, with the stack and Apps Script's English text) and shown as a plain
 * Vietnamese message (see errors.ts), never as the service's own words.
 */
export function locked(lock: Lock, ui: Ui, action: () => void): boolean {
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    ui.alert(ADDON.busy);
    return false;
  }
  try {
    action();
    return true;
  } catch (error) {
    reportFailure(error, ui);
    return false;
  } finally {
    lock.releaseLock();
  }
}

/** Logs a failure whole and tells the user in Vietnamese. */
export function reportFailure(error: unknown, ui: Ui): void {
  console.error(error);
  ui.alert(ADDON.failed(userMessage(error)));
}

/** Runs an action that writes nothing (no lock); a failure is handled as under the lock. */
export function reported(ui: Ui, action: () => void): boolean {
  try {
    action();
    return true;
  } catch (error) {
    reportFailure(error, ui);
    return false;
  }
}
