/** The Thông tin tab: the unit's details, the report's header and the term's school years. */

import { at, issue, type Problem } from "../../base/problems.js";
import { a1, cleanText } from "../../base/text.js";
import { MESSAGES } from "../../i18n/messages.js";
import { findChoice } from "../cells/choices.js";
import { parseDate, parseSchoolYear } from "../cells/periods.js";
import type { Info, TabLayout } from "../model.js";
import { INFO_KEY_CHOICE, type InfoKey } from "../schema.js";
import { dataRows, type RowReader } from "./rows.js";

function splitList(text: string): string[] {
  return text
    .split(/[;\n]+/)
    .map((s) => cleanText(s.replace(/^[-–•+]\s*/, "")))
    .filter((s) => s !== "");
}

export function readInfo(rr: RowReader | undefined): Info {
  const values: Partial<Record<InfoKey, string>> = {};
  const cells: Partial<Record<InfoKey, string>> = {};
  const extra: { key: string; value: string }[] = [];
  const dates: { reportDate?: Info["reportDate"]; congressDate?: Info["congressDate"] } = {};
  if (rr) {
    for (const r of dataRows(rr)) {
      const keyText = rr.text(r, "infoKey");
      if (!keyText) continue;
      const key = findChoice(INFO_KEY_CHOICE, keyText);
      const value = rr.long(r, "infoValue") ?? "";
      if (!key) {
        extra.push({ key: keyText, value });
        continue;
      }
      if (values[key]) {
        // The first filled row counts; a second one is reported, not silently preferred.
        if (value !== "") duplicateInfo(rr, r, key, cells[key] ?? "");
        continue;
      }
      values[key] = value;
      cells[key] = rr.cell(r, "infoValue");
      if ((key === "reportDate" || key === "congressDate") && value !== "") {
        const date = rr.take(r, "infoValue", parseDate(rr.raw(r, "infoValue")));
        dates[key] = date;
        if (date) values[key] = date.text;
      }
    }
  }
  const recipients = values.recipients ? splitList(values.recipients) : [];
  return { values, cells, ...dates, recipients, extra };
}

function duplicateInfo(rr: RowReader, r: number, key: InfoKey, firstCell: string): void {
  rr.problems.push(
    at(
      rr.layout.name,
      rr.cell(r, "infoValue"),
      issue(
        "warning",
        "duplicate-info",
        MESSAGES.duplicateInfo(INFO_KEY_CHOICE.labels[key], firstCell),
      ),
    ),
  );
}

/** What the report's header, opening and signature need. */
const REPORT_INFO: readonly InfoKey[] = [
  "unitName",
  "superiorBody",
  "term",
  "plan",
  "place",
  "reportDate",
  "signer",
];

/** A warning for each detail the report needs that Thông tin leaves blank. */
export function checkReportInfo(info: Info, rr: RowReader, problems: Problem[]): void {
  for (const key of REPORT_INFO) {
    if (!info.values[key]) {
      problems.push(
        at(
          rr.layout.name,
          info.cells[key] ?? "",
          issue("warning", "missing-info", MESSAGES.missingInfo(INFO_KEY_CHOICE.labels[key])),
        ),
      );
    }
  }
}

/** The term's school years: those Thông tin lists and those with a result column, sorted. */
export function schoolYearsOf(
  info: Info,
  infoTab: string,
  layout: TabLayout | undefined,
  problems: Problem[],
): string[] {
  const fromInfo: string[] = [];
  if (info.values.schoolYears) {
    for (const part of info.values.schoolYears.split(/[;,\n]+/)) {
      if (cleanText(part) === "") continue;
      const p = parseSchoolYear(part);
      if (p.value) fromInfo.push(p.value);
      else if (p.issue) problems.push(at(infoTab, info.cells.schoolYears ?? "", p.issue));
    }
  }
  const fromColumns = layout?.yearColumns.map((y) => y.schoolYear) ?? [];
  if (fromInfo.length > 0 && layout) {
    for (const y of layout.yearColumns) {
      if (!fromInfo.includes(y.schoolYear)) {
        problems.push(
          at(
            layout.name,
            a1(layout.headerRow, y.column),
            issue(
              "warning",
              "year-outside-term",
              MESSAGES.yearOutsideTerm(y.schoolYear, fromInfo.join(", ")),
            ),
          ),
        );
      }
    }
  }
  return [...new Set([...fromInfo, ...fromColumns])].sort();
}
