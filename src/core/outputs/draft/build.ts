/**
 * Builds the draft report tree from `analyse()` output, in the order of the hand-written
 * report it replaces (shared/reference): header, opening, Part One (situation, results
 * section by section, assessment, lessons), Part Two (the committee's self-review), Part
 * Three (goals, next-term targets, tasks), closing, recipients and signature.
 */

import { DRAFT } from "../../i18n/messages.js";
import type { Analysis } from "../../judge/analyse.js";
import type { IndicatorVerdict } from "../../judge/evaluate.js";
import {
  FUNDING_SOURCE_LABELS,
  INDICATOR_SECTIONS,
  JUDGEMENT_LABELS,
  LEVEL_LABELS,
  MEMBER_ITEMS,
  RECIPIENT_LABELS,
  TAB_NAMES,
  TEXT_SECTIONS,
} from "../../vocabulary/vi.js";
import { formatMoney, formatNumber } from "../../workbook/format.js";
import type { Award, Workbook } from "../../workbook/model.js";
import {
  LEVEL_ORDER,
  type LevelKey,
  type SectionKey,
  type TextSectionKey,
} from "../../workbook/schema.js";
import { barChartSvg, CHART_SIZE, prizeChart, rateChart } from "../chart.js";
import type { Block, Draft, DraftImage, Run } from "./model.js";
import {
  compoundRuns,
  families,
  figureRuns,
  hasContent,
  missingRun,
  nextTargetRuns,
  notMetRuns,
  resultRuns,
  type SentenceContext,
} from "./sentences.js";

const PRIZE_CHART_ID = "giai-thuong";
const RATE_CHART_ID = "ti-le";

const plain = (text: string): Run => ({ text });

function upper(text: string): string {
  return text.toLocaleUpperCase("vi");
}

/** The outline being written, with its numbering counters. */
class Outline {
  readonly blocks: Block[] = [];
  private counts = [0, 0, 0, 0];
  private static ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

  heading(level: 1 | 2 | 3 | 4, text: string, subtitle?: string): void {
    this.counts[level - 1]! += 1;
    for (let l = level; l < 4; l++) this.counts[l] = 0;
    const [, two, three, four] = this.counts;
    const number =
      level === 1
        ? ""
        : level === 2
          ? `${Outline.ROMAN[two! - 1] ?? two}.`
          : level === 3
            ? `${three}.`
            : `${three}.${four}.`;
    this.blocks.push({ kind: "heading", level, number, text, ...(subtitle ? { subtitle } : {}) });
  }
  paragraph(runs: readonly Run[]): void {
    if (runs.length) this.blocks.push({ kind: "paragraph", runs });
  }
  bullet(runs: readonly Run[]): void {
    if (runs.length) this.blocks.push({ kind: "bullet", runs });
  }
  push(block: Block): void {
    this.blocks.push(block);
  }
}

function textsOf(w: Workbook, section: TextSectionKey): string[] {
  return w.texts
    .filter((t) => t.section === section)
    .flatMap((t) =>
      t.body
        .split(/\n+/)
        .map((line) => line.replace(/^[\s\-–•+*]+/, "").trim())
        .filter(Boolean)
        .map((line, k) => (k === 0 && t.heading ? `${t.heading}: ${line}` : line)),
    );
}

/** Staff text of a section as bullets; a visible placeholder when there is none. */
function staffText(o: Outline, w: Workbook, section: TextSectionKey, required = true): boolean {
  const lines = textsOf(w, section);
  for (const line of lines) o.bullet([plain(line)]);
  if (lines.length === 0 && required) {
    o.bullet([
      {
        text: DRAFT.missingText(w.layouts.texts?.name ?? TAB_NAMES.texts, TEXT_SECTIONS[section]),
        missing: true,
      },
    ]);
  }
  return lines.length > 0;
}

/** One bullet per indicator group (parents joined with their "trong đó" children). */
function indicatorBullets(
  o: Outline,
  ctx: SentenceContext,
  verdicts: readonly IndicatorVerdict[],
): void {
  const shown = verdicts.filter(hasContent);
  const groups: IndicatorVerdict[][] = [];
  for (const v of shown) {
    const g = v.indicator.group;
    const existing = g ? groups.find((x) => x[0]!.indicator.group === g) : undefined;
    if (existing) existing.push(v);
    else groups.push([v]);
  }
  for (const group of groups) {
    const fams = families(group);
    const runs: Run[] = [];
    const name = group[0]!.indicator.group;
    if (name && fams.length > 1) runs.push({ text: `${name}: `, bold: true });
    fams.forEach((f, k) => {
      if (k > 0) runs.push(plain("; "));
      const part = compoundRuns(ctx, f.parent, f.children);
      if (k > 0 && part[0]) part[0] = { ...part[0], text: lowerStart(part[0].text) };
      runs.push(...part);
    });
    runs.push(plain("."));
    o.bullet(runs);
  }
}

function lowerStart(text: string): string {
  const chars = [...text];
  if (
    chars.length > 1 &&
    chars[1] === chars[1]!.toUpperCase() &&
    chars[1] !== chars[1]!.toLowerCase()
  )
    return text;
  return (chars[0] ?? "").toLowerCase() + chars.slice(1).join("");
}

/** The "Chỉ tiêu đề ra | Kết quả đạt được | Đánh giá" table of a section's targeted indicators. */
function targetTable(
  o: Outline,
  ctx: SentenceContext,
  verdicts: readonly IndicatorVerdict[],
): void {
  const rows = verdicts
    .filter((v) => v.term.judgement !== "noTarget" && v.indicator.target.text !== "")
    .map((v) => {
      const i = v.indicator;
      const label = i.parent ? `– ${i.label}` : i.label;
      return [
        [
          plain(`${label}: `),
          ...(i.target.measure?.kind === "amount"
            ? figureRuns(ctx, i, i.target)
            : [plain(i.target.text)]),
        ],
        resultRuns(ctx, v),
        [{ text: JUDGEMENT_LABELS[v.term.judgement], bold: v.term.judgement === "notMet" }],
      ];
    });
  if (rows.length)
    o.push({ kind: "table", header: DRAFT.tableHeaders, rows, widths: [40, 40, 20] });
}

function section(verdicts: readonly IndicatorVerdict[], key: SectionKey): IndicatorVerdict[] {
  return verdicts.filter((v) => v.indicator.section === key);
}

function levelWord(level: LevelKey | "other", typed?: string): string {
  if (level !== "other" && (!typed || typed === LEVEL_LABELS[level]))
    return DRAFT.levelWords[level];
  if (!typed) return DRAFT.levelWords.other;
  return typed.toLowerCase().startsWith(DRAFT.levelPrefix)
    ? typed
    : `${DRAFT.levelPrefix} ${typed}`;
}

function typedLevel(w: Workbook, level: LevelKey | "other"): string | undefined {
  return w.awards.find((a) => (a.level ?? "other") === level)?.levelText;
}

/** Pupils' prizes per year and level, a table and the chart. */
function prizes(o: Outline, w: Workbook, a: Analysis): DraftImage | undefined {
  const cells = a.evaluation.awards.cells.filter(
    (c) => c.recipient === "pupil" && c.schoolYear !== "",
  );
  if (cells.length === 0) return undefined;
  const levels = [...LEVEL_ORDER, "other" as const].filter((l) => cells.some((c) => c.level === l));
  for (const y of w.schoolYears) {
    const here = levels
      .map((l) => ({
        l,
        n: cells
          .filter((c) => c.schoolYear === y && c.level === l)
          .reduce((s, c) => s + c.count, 0),
      }))
      .filter((x) => x.n > 0);
    if (here.length === 0) continue;
    o.bullet([
      plain(
        DRAFT.prizeYear(
          y,
          here
            .map((x) => DRAFT.prizeLevel(formatNumber(x.n), levelWord(x.l, typedLevel(w, x.l))))
            .join(", "),
        ),
      ),
    ]);
  }
  o.push({
    kind: "table",
    header: [
      DRAFT.prizeTableYear,
      ...levels.map((l) => upperFirst(levelWord(l, typedLevel(w, l)))),
    ],
    rows: w.schoolYears.map((y) => [
      [plain(y)],
      ...levels.map((l) => [
        plain(
          formatNumber(
            cells
              .filter((c) => c.schoolYear === y && c.level === l)
              .reduce((s, c) => s + c.count, 0),
          ),
        ),
      ]),
    ]),
    widths: [30, ...levels.map(() => 70 / levels.length)],
  });
  const chart = prizeChart(a.evaluation.awards, w.schoolYears);
  if (!chart) return undefined;
  o.push({ kind: "image", id: PRIZE_CHART_ID, caption: DRAFT.chartCaption });
  return { id: PRIZE_CHART_ID, svg: barChartSvg(chart), ...CHART_SIZE };
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function recipientName(a: Award): string {
  return a.recipient ? RECIPIENT_LABELS[a.recipient] : a.recipientText;
}

/** Titles of the school and its organisations: "Công đoàn: năm học 2019-2020, 2020-2021 đạt …". */
function titles(o: Outline, w: Workbook): void {
  const kinds = new Set(["school", "union", "youth", "pioneers", "cell"]);
  const list = w.awards.filter((a) => a.recipient && kinds.has(a.recipient));
  const who = [...new Set(list.map(recipientName))];
  for (const name of who) {
    const mine = list.filter((a) => recipientName(a) === name);
    const byAward = new Map<string, string[]>();
    for (const a of mine)
      byAward.set(a.award, [...(byAward.get(a.award) ?? []), a.schoolYear ?? ""]);
    const parts = [...byAward.entries()].map(([award, years]) => {
      const ys = years.filter(Boolean);
      return ys.length ? DRAFT.titleYear(ys.join(", "), award) : `${award} (${DRAFT.wholeTerm})`;
    });
    o.bullet([plain(DRAFT.titleLine(name, parts.join("; ")))]);
  }
}

/** Awards of people (teachers, staff, members). */
function personalAwards(o: Outline, w: Workbook): void {
  const kinds = new Set(["teacher", "staff", "member"]);
  const list = w.awards.filter((a) => !a.recipient || kinds.has(a.recipient));
  const who = [...new Set(list.map(recipientName))];
  for (const name of who) {
    const parts = list
      .filter((a) => recipientName(a) === name)
      .map((a) =>
        DRAFT.awardItem(
          a.count > 1 ? formatNumber(a.count) : "",
          a.award,
          a.schoolYear ? DRAFT.year(a.schoolYear) : "",
        ),
      );
    o.bullet([plain(DRAFT.awardLine(name, parts.join("; ")))]);
  }
}

function funding(o: Outline, a: Analysis): void {
  const w = a.workbook;
  for (const g of a.evaluation.funding.groups) {
    const lines = w.funding.filter((l) => l.group === g.group && !l.isStatedTotal);
    const group = g.group || DRAFT.fundingDefaultGroup;
    if (lines.length === 0) {
      // Only a stated total: say it as stated, never a sum of nothing.
      if (g.stated !== undefined)
        o.bullet([plain(DRAFT.funding(formatMoney(g.stated), lowerStart(group), ""))]);
      continue;
    }
    const years = [...new Set(lines.map((l) => l.schoolYear ?? ""))];
    if (years.length > 1 && years.every(Boolean)) {
      const list = years.map((y) =>
        DRAFT.fundingYear(
          y,
          formatMoney(lines.filter((l) => l.schoolYear === y).reduce((s, l) => s + l.amount, 0)),
        ),
      );
      o.bullet([plain(DRAFT.fundingYears(upperFirst(group), list.join(", "), formatMoney(g.sum)))]);
      continue;
    }
    const sources = Object.entries(g.bySource)
      .filter(([, n]) => n !== undefined)
      .map(([k, n]) =>
        DRAFT.fundingSource(
          FUNDING_SOURCE_LABELS[
            k === "other" ? "other" : (k as keyof typeof FUNDING_SOURCE_LABELS)
          ].toLowerCase(),
          formatMoney(n ?? 0),
        ).trim(),
      );
    const runs: Run[] = [
      plain(
        DRAFT.funding(
          formatMoney(g.sum),
          lowerStart(group),
          sources.length > 1 ? sources.join("; ") : "",
        ),
      ),
    ];
    if (g.stated !== undefined && g.stated !== g.sum)
      runs.push({ text: DRAFT.fundingStated(formatMoney(g.stated)), bold: true });
    o.bullet(runs);
  }
}

function membership(o: Outline, a: Analysis): void {
  const m = a.evaluation.membership;
  const tab = a.workbook.layouts.members?.name ?? TAB_NAMES.members;
  const n = (k: keyof typeof MEMBER_ITEMS) => m.latest[k]?.count;
  const total = n("total");
  o.paragraph([
    ...(total === undefined ? [missingRun(tab, "")] : [plain(DRAFT.members(formatNumber(total)))]),
    ...(n("official") !== undefined && n("probationary") !== undefined
      ? [
          plain(
            ` ${DRAFT.membersSplit(formatNumber(n("official")!), formatNumber(n("probationary")!))}`,
          ),
        ]
      : []),
  ]);
  const items = [
    "university",
    "politicalTraining",
    "itCertificate",
    "excellentMembers",
    "goodMembers",
  ] as const;
  for (const k of items) {
    const latest = m.latest[k];
    if (latest?.count === undefined) continue;
    const entry = a.workbook.members.find((e) => e.item === k && e.period.text === latest.period);
    const names = entry?.names
      ? DRAFT.memberNames(entry.names.split(/\s*[;,\n]\s*/).filter(Boolean))
      : "";
    o.bullet([plain(`${DRAFT.memberItem(MEMBER_ITEMS[k], formatNumber(latest.count))}${names}.`)]);
  }
  if (m.latest.total)
    o.paragraph([{ text: DRAFT.memberPeriod(m.latest.total.period), italic: true }]);
}

function partyChanges(o: Outline, a: Analysis): void {
  const m = a.evaluation.membership;
  if (m.admitted.length) {
    o.bullet([
      plain(
        DRAFT.admitted(m.admitted.map((p) => DRAFT.admittedPerson(p.name, p.period)).join(", ")),
      ),
    ]);
  }
  if (m.cellRatings.length) {
    const byRating = new Map<string, string[]>();
    for (const r of m.cellRatings)
      byRating.set(r.rating, [...(byRating.get(r.rating) ?? []), r.period]);
    o.bullet([
      plain(
        DRAFT.cellRatings(
          [...byRating.entries()].map(([r, ps]) => DRAFT.cellRating(ps.join(", "), r)).join("; "),
        ),
      ),
    ]);
  }
}

function placeDate(w: Workbook): Run[] {
  const place = w.info.values.place ?? "";
  const d = w.info.reportDate?.sortKey.split("-");
  if (d && d.length === 3)
    return [{ text: DRAFT.placeDate(place, d[2]!, d[1]!, d[0]!), italic: true }];
  return [
    { text: `${place || "…"}, `, italic: true },
    { text: DRAFT.missingDate, italic: true, missing: true },
  ];
}

function infoRuns(
  w: Workbook,
  key: keyof Workbook["info"]["values"],
  transform = (s: string) => s,
): Run[] {
  const v = w.info.values[key];
  if (v) return [plain(transform(v))];
  return [missingRun(TAB_NAMES.info, w.info.cells[key] ?? "")];
}

/**
 * A sentence from `template` with runs in its slots, so a slot can be a placeholder run
 * (highlighted) inside plain text.
 */
function fill(template: (...slots: string[]) => string, slots: readonly Run[][]): Run[] {
  const marks = slots.map((_, k) => `\ue000${k}\ue000`);
  const out: Run[] = [];
  template(...marks)
    .split(/\ue000(\d+)\ue000/)
    .forEach((piece, k) => {
      if (k % 2 === 0) {
        if (piece) out.push(plain(piece));
      } else out.push(...(slots[Number(piece)] ?? []));
    });
  return out;
}

/** The whole draft. */
export function buildDraft(a: Analysis): Draft {
  const w = a.workbook;
  const layout = w.layouts.indicators;
  const ctx: SentenceContext = {
    tab: layout?.name ?? TAB_NAMES.indicators,
    schoolYears: w.schoolYears,
  };
  const verdicts = a.evaluation.indicators;
  const term = w.info.values.term || "…";
  const next = w.info.values.nextTerm || "…";
  const images: DraftImage[] = [];
  const o = new Outline();

  // Opening.
  if (w.info.values.plan) o.paragraph([plain(DRAFT.openingPlan(w.info.values.plan))]);
  o.paragraph(
    fill(DRAFT.opening, [infoRuns(w, "unitName"), infoRuns(w, "term"), infoRuns(w, "nextTerm")]),
  );

  // PHẦN THỨ NHẤT.
  o.heading(1, DRAFT.part1, DRAFT.part1Title(term));
  o.heading(2, DRAFT.situation);
  membership(o, a);
  o.heading(3, DRAFT.advantages);
  staffText(o, w, "advantages");
  o.heading(3, DRAFT.difficulties);
  staffText(o, w, "difficulties");

  o.heading(2, DRAFT.results);
  o.heading(3, DRAFT.politics);
  staffText(o, w, "politics");
  indicatorBullets(o, ctx, section(verdicts, "politics"));
  if (textsOf(w, "politicsLimits").length) {
    o.paragraph([{ text: DRAFT.politicsLimits, italic: true }]);
    staffText(o, w, "politicsLimits");
  }

  o.heading(3, DRAFT.teaching);
  staffText(o, w, "teaching");
  o.paragraph([plain(DRAFT.teachingResults)]);
  o.heading(4, DRAFT.universal);
  indicatorBullets(o, ctx, section(verdicts, "universal"));
  o.heading(4, DRAFT.quality);
  const quality = section(verdicts, "quality");
  indicatorBullets(o, ctx, quality);
  targetTable(o, ctx, [...section(verdicts, "universal"), ...quality]);
  const rates = rateChart(verdicts, w.schoolYears);
  if (rates) {
    o.push({ kind: "image", id: RATE_CHART_ID, caption: DRAFT.rateChartCaption });
    images.push({ id: RATE_CHART_ID, svg: barChartSvg(rates), ...CHART_SIZE });
  }
  if (a.evaluation.awards.cells.some((c) => c.recipient === "pupil")) {
    o.heading(4, DRAFT.prizes);
    const image = prizes(o, w, a);
    if (image) images.push(image);
  }
  const known = new Set<string>([
    "politics",
    "universal",
    "quality",
    "staff",
    "facilities",
    "emulation",
    "party",
  ]);
  const others = verdicts.filter((v) => !v.indicator.section || !known.has(v.indicator.section));
  if (others.some(hasContent)) {
    o.heading(4, DRAFT.otherIndicators);
    indicatorBullets(o, ctx, others);
    targetTable(o, ctx, others);
  }

  o.heading(3, DRAFT.staff);
  staffText(o, w, "staff");
  const staff = section(verdicts, "staff");
  indicatorBullets(o, ctx, staff);
  personalAwards(o, w);
  targetTable(o, ctx, staff);

  o.heading(3, DRAFT.facilities);
  staffText(o, w, "facilities", false);
  funding(o, a);
  indicatorBullets(o, ctx, section(verdicts, "facilities"));

  o.heading(3, DRAFT.socialisation);
  staffText(o, w, "socialisation");

  o.heading(3, DRAFT.partyBuilding);
  staffText(o, w, "partyBuilding");
  partyChanges(o, a);
  indicatorBullets(o, ctx, section(verdicts, "party"));

  o.heading(3, DRAFT.organisations);
  staffText(o, w, "organisations");
  titles(o, w);
  indicatorBullets(o, ctx, section(verdicts, "emulation"));

  o.heading(3, DRAFT.inspection);
  staffText(o, w, "inspection");

  o.heading(2, DRAFT.assessment);
  o.heading(3, DRAFT.strengthsAndCauses);
  o.heading(4, DRAFT.strengths);
  staffText(o, w, "strengths");
  o.heading(4, DRAFT.causes);
  staffText(o, w, "strengthCauses");
  o.heading(3, DRAFT.weaknessesAndCauses);
  o.heading(4, DRAFT.weaknesses);
  staffText(o, w, "weaknesses");
  const notMet = verdicts.filter((v) => v.term.judgement === "notMet");
  if (notMet.length) {
    o.paragraph([{ text: DRAFT.notMetIntro, italic: true }]);
    for (const v of notMet) o.bullet(notMetRuns(ctx, v));
  }
  o.heading(4, DRAFT.weaknessCauses);
  staffText(o, w, "weaknessCauses");

  o.heading(2, DRAFT.lessons);
  const lessons = textsOf(w, "lessons");
  lessons.forEach((l, k) => {
    const ordinal = DRAFT.ordinals[k];
    o.paragraph(ordinal ? [{ text: `${ordinal}: `, bold: true }, plain(l)] : [plain(l)]);
  });
  if (lessons.length === 0) staffText(o, w, "lessons");

  // PHẦN THỨ HAI.
  o.heading(1, DRAFT.part2, DRAFT.part2Title(term));
  o.heading(2, DRAFT.committeeRules);
  staffText(o, w, "committeeRules");
  o.heading(2, DRAFT.committeeLeadership);
  staffText(o, w, "committeeLeadership");
  o.heading(2, DRAFT.committeeLimits);
  staffText(o, w, "committeeLimits");

  // PHẦN THỨ BA.
  o.heading(1, DRAFT.part3, DRAFT.part3Title(next));
  o.heading(2, DRAFT.goals);
  for (const line of textsOf(w, "goals")) o.paragraph([plain(line)]);
  if (textsOf(w, "goals").length === 0) staffText(o, w, "goals");
  o.heading(2, DRAFT.targetsAndTasks);
  o.heading(3, DRAFT.mainTargets);
  const sectionOrder: readonly SectionKey[] = [
    "politics",
    "universal",
    "quality",
    "staff",
    "facilities",
    "emulation",
    "party",
  ];
  for (const key of sectionOrder) {
    const here = section(verdicts, key);
    const fams = families(here).filter(
      (f) =>
        f.parent.indicator.nextTarget.text !== "" ||
        f.children.some((c) => c.indicator.nextTarget.text !== ""),
    );
    if (fams.length === 0) continue;
    o.heading(4, SECTION_TITLES[key]);
    if (key === "quality") o.paragraph([plain(DRAFT.nextYearsIntro)]);
    for (const f of fams) o.bullet(nextTargetRuns(ctx, f.parent, f.children));
  }
  o.heading(3, DRAFT.tasks);
  const tasks: [TextSectionKey, string][] = [
    ["tasksPolitical", DRAFT.tasksPolitical],
    ["tasksIdeology", DRAFT.tasksIdeology],
    ["tasksParty", DRAFT.tasksParty],
    ["tasksOrganisations", DRAFT.tasksOrganisations],
    ["tasksFacilities", DRAFT.tasksFacilities],
    ["tasksInspection", DRAFT.tasksInspection],
  ];
  for (const [key, title] of tasks) {
    if (textsOf(w, key).length === 0) continue;
    o.heading(4, title);
    staffText(o, w, key);
  }
  for (const line of textsOf(w, "closing")) o.paragraph([plain(line)]);

  const recipients = w.info.recipients.map(
    (r, k, all) => `- ${r}${k === all.length - 1 ? "." : ";"}`,
  );
  return {
    header: {
      superiorBody: infoRuns(w, "superiorBody", upper),
      issuingBody: infoRuns(w, "unitName", upper),
      numberLine: DRAFT.numberLine(w.info.values.documentNumber ?? ""),
      party: DRAFT.party,
      placeDate: placeDate(w),
    },
    title: DRAFT.title,
    summaryLines: [DRAFT.summaryResults(term), DRAFT.summaryNext(next)],
    blocks: o.blocks,
    recipients: { label: DRAFT.recipientsLabel, lines: recipients },
    signature: {
      onBehalf: DRAFT.onBehalf,
      title: w.info.values.signerTitle
        ? upper(w.info.values.signerTitle)
        : DRAFT.defaultSignerTitle,
      name: infoRuns(w, "signer"),
    },
    images,
  };
}

const SECTION_TITLES: Record<SectionKey, string> = {
  politics: DRAFT.politics,
  universal: DRAFT.universal,
  quality: DRAFT.quality,
  staff: INDICATOR_SECTIONS.staff,
  facilities: DRAFT.facilities,
  emulation: DRAFT.emulation,
  party: INDICATOR_SECTIONS.party,
};
