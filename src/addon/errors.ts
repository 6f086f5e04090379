/**
 * What a user reads when something fails. Apps Script's services throw English text
 * ("Service Spreadsheets failed while accessing document…"); the user is told in Vietnamese
 * what happened and what to do, and the English goes only to the log (Cloud Logging, where
 * a maintainer reads it with its stack).
 */

import { ADDON } from "./messages.vi.js";

/** An error whose message is already Vietnamese and meant for the user (a bad cell address …). */
export class UserMessage extends Error {}

/** Known service errors, recognised by their English text, with the Vietnamese said instead. */
const KNOWN: readonly (readonly [RegExp, string])[] = [
  [/timed out|exceeded maximum execution time/i, ADDON.errorTimeout],
  [/too many times|quota|rate limit|limit exceeded|bandwidth/i, ADDON.errorQuota],
  [/protected (cell|range|sheet|object)|trying to edit a protected/i, ADDON.errorProtected],
  [
    /above the limit of [\d,.]+ cells|too large|maximum number of (cells|columns|rows)/i,
    ADDON.errorTooBig,
  ],
  [
    /permission|authori[sz]ation is required|not authori[sz]ed|access denied|insufficient|scope/i,
    ADDON.errorPermission,
  ],
  [
    /service (spreadsheets )?(failed|error|unavailable)|internal error|server error|try again|backend/i,
    ADDON.errorService,
  ],
];

/** The message of anything thrown (service errors are not always `Error` instances). */
export function messageOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}

/** The Vietnamese a user is shown for `error`; the English text itself never. */
export function userMessage(error: unknown): string {
  if (error instanceof UserMessage) return error.message;
  const text = messageOf(error);
  const known = KNOWN.find(([pattern]) => pattern.test(text));
  return known ? known[1] : ADDON.errorUnknown;
}
