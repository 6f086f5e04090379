/** Two people pressing at once: the second is told plainly, and nothing is written. */

import type { Lock, Ui } from "./gas.js";
import { ADDON } from "./messages.vi.js";

/** How long to wait for someone else's run to finish before giving up. */
export const LOCK_WAIT_MS = 3000;

/**
 * Runs `action` holding the document lock, always releasing it. A failure is logged (to
 * Cloud Logging, with the stack) and shown as a plain Vietnamese message instead of a stack trace.
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
    console.error(error);
    ui.alert(ADDON.failed(messageOf(error)));
    return false;
  } finally {
    lock.releaseLock();
  }
}

/** Runs an action that writes nothing (no lock); a failure is logged and said plainly. */
export function reported(ui: Ui, action: () => void): boolean {
  try {
    action();
    return true;
  } catch (error) {
    console.error(error);
    ui.alert(ADDON.failed(messageOf(error)));
    return false;
  }
}

/** The message of anything thrown (service errors are not always `Error` instances). */
export function messageOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}
