/**
 * Named grids in, a typed workbook and its problems out. Tabs, headers and choices are
 * matched by {@link matchKey}; columns are found by header in any order; unknown columns
 * are recorded and left alone. Nothing here throws on bad input. One reader per tab lives in
 * `readers/`; this module wires them.
 */

import { at, issue, type Problem } from "../base/problems.js";
import { MESSAGES } from "../i18n/messages.js";
import type { NamedGrid, TabLayout, Workbook } from "./model.js";
import { readAwards } from "./readers/awards.js";
import { readFunding } from "./readers/funding.js";
import { readIndicators } from "./readers/indicators.js";
import { checkReportInfo, readInfo, schoolYearsOf } from "./readers/info.js";
import { readMembers } from "./readers/members.js";
import { openTab, type RowReader } from "./readers/rows.js";
import { readTexts } from "./readers/texts.js";
import { SCHEMA, type TabKey, tabDef } from "./schema.js";

export { findTab, layoutTab } from "./readers/layout.js";

export interface ReadResult {
  readonly workbook: Workbook;
  readonly problems: Problem[];
}

/** Reads every tab of the template from named grids. Never throws on bad input. */
export function readWorkbook(grids: readonly NamedGrid[]): ReadResult {
  const problems: Problem[] = [];
  for (const g of grids) {
    for (const cell of g.formulasWithoutValue ?? []) {
      problems.push(
        at(g.name, cell, issue("error", "formula-without-value", MESSAGES.formulaWithoutValue())),
      );
    }
  }
  const infoRr = openTab("info", grids, problems, false);
  const indicatorRr = openTab("indicators", grids, problems, true);
  const awardRr = openTab("awards", grids, problems, false);
  const memberRr = openTab("members", grids, problems, false);
  const fundingRr = openTab("funding", grids, problems, false);
  const textRr = openTab("texts", grids, problems, false);
  const info = readInfo(infoRr);
  if (infoRr) checkReportInfo(info, infoRr, problems);
  // Problems on the info tab name it as the workbook spells it, not as the schema does.
  const infoTab = infoRr?.layout.name ?? tabDef("info").name;
  const schoolYears = schoolYearsOf(info, infoTab, indicatorRr?.layout, problems);
  if (schoolYears.length === 0) {
    problems.push(
      at(
        infoTab,
        info.cells.schoolYears ?? "",
        issue("warning", "no-school-years", MESSAGES.noSchoolYears()),
      ),
    );
  }
  const layouts: Partial<Record<TabKey, TabLayout>> = {};
  for (const rr of [infoRr, indicatorRr, awardRr, memberRr, fundingRr, textRr]) {
    if (rr) layouts[rr.layout.key] = rr.layout;
  }
  const workbook: Workbook = {
    info,
    schoolYears,
    indicators: readIndicators(indicatorRr, problems),
    awards: readAwards(awardRr),
    members: readMembers(memberRr),
    funding: readFunding(fundingRr),
    texts: readTexts(textRr),
    layouts,
  };
  for (const a of workbook.awards)
    checkYear(a.schoolYear, schoolYears, awardRr, a.row, "schoolYear", problems);
  for (const f of workbook.funding)
    checkYear(f.schoolYear, schoolYears, fundingRr, f.row, "schoolYear", problems);
  return { workbook, problems };
}

function checkYear(
  year: string | undefined,
  years: readonly string[],
  rr: RowReader | undefined,
  row: number,
  key: string,
  problems: Problem[],
): void {
  if (!rr || !year || years.length === 0 || years.includes(year)) return;
  problems.push(
    at(
      rr.layout.name,
      rr.cell(row, key),
      issue("warning", "year-outside-term", MESSAGES.yearOutsideTerm(year, years.join(", "))),
    ),
  );
}

/** The schema's tab order, for sorting problems. */
export const TAB_ORDER: readonly string[] = SCHEMA.map((t) => t.name);
