/**
 * The "Mẫu câu" (sentence pattern) column: which placeholders a pattern may use, and the
 * problems a pattern has. Checked when the workbook is analysed, so `check`, the add-on and
 * the draft all report the same problems; the draft only renders.
 */

import { type Issue, issue } from "../base/problems.js";
import { allMatches } from "../base/text.js";
import { DRAFT } from "../i18n/messages.js";
import { parseSchoolYear } from "./parse.js";

/** `{name}` or `{name:argument}`. */
export const PLACEHOLDER = /\{([^{}:]+)(?::([^{}]*))?\}/g;

export type PlaceholderName = keyof typeof DRAFT.placeholders;

const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set(Object.keys(DRAFT.placeholders));

function isPlaceholder(name: string): name is PlaceholderName {
  return PLACEHOLDER_NAMES.has(name);
}

/**
 * The school year a `{nam_hoc:…}` argument names, written as the sheet's year columns are
 * ("2021–2022", "2021 - 2022" and "2021-22" all give "2021-2022"); as typed when it is none.
 */
export function patternYear(arg: string): string {
  return parseSchoolYear(arg).value ?? arg.trim();
}

/** What is wrong with a pattern, given the school years the sheet has result columns for. */
export function patternIssues(pattern: string, schoolYears: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  for (const m of allMatches(PLACEHOLDER, pattern)) {
    const name = (m[1] ?? "").trim();
    const arg = (m[2] ?? "").trim();
    if (!isPlaceholder(name)) {
      const known = Object.keys(DRAFT.placeholders)
        .map((k) => `{${k}}`)
        .join(", ");
      issues.push(
        issue("warning", "pattern-unknown-placeholder", DRAFT.unknownPlaceholder(name, known)),
      );
    } else if (name === "nam_hoc" && !schoolYears.includes(patternYear(arg))) {
      issues.push(issue("warning", "pattern-unknown-year", DRAFT.unknownPatternYear(arg)));
    }
  }
  return issues;
}
