/**
 * Builds the draft tree of any report kind from `analyse()` output: the header and title of
 * the kind, then its outline entry by entry, each content filled by its part (parts/*).
 */

import { KIND_TEXTS } from "../../i18n/draft-kinds.js";
import { DRAFT } from "../../i18n/messages.js";
import type { Analysis } from "../../judge/analyse.js";
import type { IndicatorVerdict } from "../../judge/evaluate.js";
import { INFO_KEYS, TAB_NAMES } from "../../vocabulary/vi.js";
import type { Workbook } from "../../workbook/model.js";
import type { InfoKey } from "../../workbook/schema.js";
import { barChartSvg, CHART_SIZE, rateCharts } from "../chart.js";
import { outlineFromSheet } from "./custom.js";
import { KINDS } from "./kinds/all.js";
import { type Draft, type Run, runsText } from "./model.js";
import {
  type Content,
  filled,
  type KindId,
  Outline,
  type OutlineEntry,
  type ReportKind,
  type SectionFill,
  SLOTS,
} from "./outline.js";
import { personalAwards, prizes, titles } from "./parts/awards.js";
import {
  addedSectionNames,
  inAddedSection,
  indicatorBullets,
  inSections,
  nextTargets,
  notMet,
  targetTable,
} from "./parts/indicators.js";
import { funding, membership, partyChanges } from "./parts/party.js";
import { behindList, progressTable } from "./parts/progress.js";
import { staffContent } from "./parts/staff.js";
import { yearResults } from "./parts/year.js";
import { placeholderTab, type SentenceContext } from "./sentences.js";

const RATE_CHART_ID = "ti-le";

const plain = (text: string): Run => ({ text });

function upper(text: string): string {
  return text.toLocaleUpperCase("vi");
}

/** What the parts share while one draft is built. */
interface Env {
  readonly a: Analysis;
  readonly w: Workbook;
  readonly ctx: SentenceContext;
  /** The school year a one-year report is about, and the one before it. */
  readonly year?: string;
  readonly yearBefore?: string;
}

/** The value of a slot, or undefined when Thông tin leaves it empty. */
function slotValue(env: Env, name: string): string | undefined {
  if (name === "nam_hoc") return env.year;
  if (name === "nam_hoc_truoc") return env.yearBefore;
  const key = (SLOTS as Record<string, InfoKey>)[name];
  const value = key ? env.w.info.values[key] || undefined : undefined;
  if (key === "congressDate" && value) {
    const d = env.w.info.congressDate?.sortKey.split("-");
    if (d?.length === 3) return DRAFT.dateWords(...dateParts(d));
  }
  return value;
}

const SLOT = /\{([a-z_]+)\}/g;

/** A heading or title line: slots filled, "…" where Thông tin is empty. */
function slotText(env: Env, template: string): string {
  return template.replace(SLOT, (m, name: string) =>
    name in SLOTS || name.startsWith("nam_hoc") ? (slotValue(env, name) ?? "…") : m,
  );
}

/** A sentence: slots filled, a placeholder run naming the cell where Thông tin is empty. */
function slotRuns(env: Env, template: string, transform = (s: string) => s): Run[] {
  const out: Run[] = [];
  template.split(/\{([a-z_]+)\}/).forEach((piece, k) => {
    if (k % 2 === 0) {
      if (piece) out.push(plain(transform(piece)));
      return;
    }
    const value = slotValue(env, piece);
    if (value) out.push(plain(transform(value)));
    else if (piece in SLOTS) out.push(notFilled(env.w, (SLOTS as Record<string, InfoKey>)[piece]!));
    else out.push(plain(`{${piece}}`));
  });
  // Plain pieces side by side are one run, as a typed line would be.
  return out.reduce<Run[]>((acc, r) => {
    const last = acc.at(-1);
    if (last && !last.missing && !r.missing) acc[acc.length - 1] = plain(last.text + r.text);
    else acc.push(r);
    return acc;
  }, []);
}

/**
 * A placeholder for an empty Thông tin value: a name or a date to type, not a figure. It
 * names the cell ("Thông tin!B14"), or the key when the tab has no row for it.
 */
function notFilled(w: Workbook, key: InfoKey): Run {
  const cell = w.info.cells[key];
  const where = cell
    ? `${TAB_NAMES.info}!${cell}`
    : DRAFT.noInfoRow(TAB_NAMES.info, INFO_KEYS[key]);
  return { text: DRAFT.notFilled(where), missing: true };
}

/** A Thông tin value as typed, or a placeholder naming its cell. */
function infoRuns(w: Workbook, key: InfoKey): Run[] {
  const v = w.info.values[key];
  return v ? [plain(v)] : [notFilled(w, key)];
}

/**
 * Day, month and year of a "YYYY-MM-DD" key as NĐ 30 (§II.4.b) and HD 36 write them: a
 * leading zero only for days below 10 and for months 1 and 2 ("ngày 06 tháng 02",
 * "ngày 18 tháng 4").
 */
export function dateParts(ymd: readonly string[]): [string, string, string] {
  const [y, m, d] = ymd.map(Number) as [number, number, number];
  const two = (n: number) => String(n).padStart(2, "0");
  return [d < 10 ? two(d) : String(d), m <= 2 ? two(m) : String(m), String(y)];
}

/**
 * "Hoà Bình, ngày 20 tháng 10 năm 2022": the place and the date of the kind's date key. An
 * empty report date is left for the signer ("ngày … tháng … năm …"); any other date (the
 * congress's) is a placeholder naming its cell, as the header is written before the day.
 */
function placeDate(w: Workbook, key: "reportDate" | "congressDate"): Run[] {
  const place = w.info.values.place ?? "";
  const date = w.info[key];
  const d = date?.sortKey.split("-");
  if (d && d.length === 3) return [{ text: DRAFT.placeDate(place, ...dateParts(d)), italic: true }];
  const typed = w.info.values[key];
  return [
    { text: `${place || "…"}, `, italic: true },
    typed
      ? { text: typed, italic: true }
      : key === "reportDate"
        ? { text: DRAFT.missingDate, italic: true, missing: true }
        : { ...notFilled(w, key), italic: true },
  ];
}

type Filler<F extends Content["fill"]> = (
  o: Outline,
  c: Extract<Content, { fill: F }>,
  env: Env,
) => void;

/** How each section content shows the indicators it is given. */
const SECTION_FILLS: {
  readonly [F in SectionFill]: (o: Outline, verdicts: IndicatorVerdict[], env: Env) => void;
} = {
  indicators: (o, vs, { ctx }) => indicatorBullets(o, ctx, vs),
  table: (o, vs, { ctx }) => targetTable(o, ctx, vs),
  yearResults: (o, vs, { ctx, year, yearBefore }) => yearResults(o, ctx, vs, year, yearBefore),
  progress: (o, vs, { ctx, w }) => progressTable(o, ctx, vs, w.schoolYears.length),
};

function sectionFill(
  o: Outline,
  c: Extract<Content, { fill: SectionFill }>,
  env: Env,
  verdicts = inSections(env.a.evaluation.indicators, c.sections),
): void {
  SECTION_FILLS[c.fill](o, verdicts, env);
}

/**
 * Each section the school added, under its own numbered heading and filled as the kind fills
 * a section of the list: the same rule in every kind, so none is left under "other".
 */
function addedSections(o: Outline, c: Extract<Content, { fill: "addedSections" }>, env: Env) {
  const all = env.a.evaluation.indicators;
  const fills = c.fills ?? (["indicators", "table"] as const);
  for (const name of addedSectionNames(all)) {
    const here = inAddedSection(all, name);
    const fill = (into: Outline) => {
      for (const f of fills) SECTION_FILLS[f](into, here, env);
    };
    if (!showsSomething(fill)) continue;
    o.heading(c.level, name);
    fill(o);
  }
}

/** Each kind of content and the part that fills it. */
const FILLERS: { readonly [F in Content["fill"]]: Filler<F> } = {
  staff: (o, c, { w }) => staffContent(o, w, c),
  sentence: (o, c, env) => o.paragraph(slotRuns(env, c.text)),
  plan: (o, _, { w }) => {
    if (w.info.values.plan) o.paragraph([plain(DRAFT.openingPlan(w.info.values.plan))]);
  },
  indicators: (o, c, env) => sectionFill(o, c, env),
  addedSections: (o, c, env) => addedSections(o, c, env),
  table: (o, c, env) => sectionFill(o, c, env),
  rateChart: (o, _, { a, w }) => {
    // High rates, then the small ones on their own scale (a second picture, "ti-le-2").
    rateCharts(a.evaluation.indicators, w.schoolYears).forEach((rates, k) => {
      const id = k === 0 ? RATE_CHART_ID : `${RATE_CHART_ID}-${k + 1}`;
      const caption = k === 0 ? DRAFT.rateChartCaption : DRAFT.chartCaptionOf(rates.title);
      o.push({ kind: "image", id, caption });
      o.image({ id, svg: barChartSvg(rates), ...CHART_SIZE });
    });
  },
  prizes: (o, _, { a }) => prizes(o, a),
  titles: (o, _, { w }) => titles(o, w),
  personalAwards: (o, _, { w }) => personalAwards(o, w),
  membership: (o, _, { a }) => membership(o, a),
  partyChanges: (o, _, { a }) => partyChanges(o, a),
  funding: (o, _, { a }) => funding(o, a),
  notMet: (o, _, { a, ctx }) => notMet(o, ctx, a.evaluation.indicators),
  nextTargets: (o, c, { a, ctx }) => nextTargets(o, ctx, a.evaluation.indicators, c.level),
  yearResults: (o, c, env) => sectionFill(o, c, env),
  progress: (o, c, env) => sectionFill(o, c, env),
  behind: (o, _, { a, w, ctx }) =>
    behindList(o, ctx, a.evaluation.indicators, w.schoolYears.length),
};

function renderContent(o: Outline, c: Content, env: Env): void {
  (FILLERS[c.fill] as Filler<typeof c.fill>)(o, c, env);
}

/**
 * Whether `fill` shows anything but placeholders, tried on a scratch outline: the content is
 * then rendered again under its heading, as a heading's number depends on the outline it is in.
 */
function showsSomething(fill: (into: Outline) => void): boolean {
  const scratch = new Outline();
  fill(scratch);
  return filled(scratch.blocks);
}

function renderEntry(o: Outline, e: OutlineEntry, env: Env): void {
  const fill = (into: Outline) => {
    for (const c of e.content) renderContent(into, c, env);
  };
  if (e.whenFilled && !showsSomething(fill)) return;
  if (e.level && e.text !== undefined)
    o.heading(e.level, slotText(env, e.text), e.subtitle && slotText(env, e.subtitle));
  fill(o);
}

export interface DraftOptions {
  /** The report kind (default: the term report). */
  readonly kind?: KindId | ReportKind;
  /** The school year of a one-year report (default: the last year with data). */
  readonly schoolYear?: string;
  /** An outline that replaces the kind's own ("Mẫu báo cáo"). */
  readonly outline?: readonly OutlineEntry[];
}

/** The last school year with a result in Chỉ tiêu, else the last of the term. */
export function lastYearWithData(a: Analysis): string | undefined {
  const years = a.workbook.schoolYears;
  const withData = years.filter((y) =>
    a.evaluation.indicators.some((v) =>
      v.years.some((x) => x.schoolYear === y && (x.figure.text !== "" || x.figure.measure)),
    ),
  );
  return withData.at(-1) ?? years.at(-1);
}

function headerOf(kind: ReportKind, env: Env): Draft["header"] {
  const [issuing, ...issuingMore] = kind.header.issuing.map((t) => slotRuns(env, t, upper));
  const number = env.w.info.values[kind.header.numberKey] ?? "";
  const state = kind.layout === "state";
  return {
    superiorBody: slotRuns(env, kind.header.superior, upper),
    issuingBody: issuing ?? [],
    ...(issuingMore.length ? { issuingMore } : {}),
    numberLine: state
      ? DRAFT.stateNumberLine(number, kind.header.symbol)
      : DRAFT.numberLine(number, kind.header.symbol),
    party: state ? KIND_TEXTS.year.nation : DRAFT.party,
    ...(state ? { motto: KIND_TEXTS.year.motto } : {}),
    placeDate: placeDate(env.w, kind.header.dateKey ?? "reportDate"),
  };
}

/** The kind's recipients as typed in Thông tin, else its default lines. */
function recipientLines(kind: ReportKind, env: Env): readonly string[] {
  const r = kind.recipients;
  if (!r) return env.w.info.recipients;
  const typed = env.w.info[r.key];
  return typed.length ? typed : r.byDefault.map((t) => runsText(slotRuns(env, t)));
}

/** The whole draft of a kind (the term report by default). */
export function buildDraft(a: Analysis, options: DraftOptions = {}): Draft {
  const w = a.workbook;
  const kind =
    typeof options.kind === "object" ? options.kind : KINDS[options.kind ?? "bao-cao-nhiem-ky"];
  const year = kind.oneYear ? (options.schoolYear ?? lastYearWithData(a)) : undefined;
  const yearBefore = year ? w.schoolYears[w.schoolYears.indexOf(year) - 1] : undefined;
  const env: Env = {
    a,
    w,
    ctx: {
      tab: placeholderTab(w.layouts.indicators?.name ?? TAB_NAMES.indicators),
      schoolYears: w.schoolYears,
    },
    ...(year ? { year } : {}),
    ...(yearBefore ? { yearBefore } : {}),
  };
  const o = new Outline();
  const outline = options.outline ?? (a.outline ? outlineFromSheet(a.outline) : kind.outline);
  for (const e of outline) renderEntry(o, e, env);
  const sig = kind.signature;
  const recipients = recipientLines(kind, env).map(
    (r, k, all) => `- ${r}${k === all.length - 1 ? "." : ";"}`,
  );
  return {
    ...(kind.layout === "state" ? { layout: "state" as const } : {}),
    header: headerOf(kind, env),
    title: kind.title,
    summaryLines: kind.summary.map((s) => slotText(env, s)),
    blocks: o.blocks,
    recipients: { label: DRAFT.recipientsLabel, lines: recipients },
    signature: {
      onBehalf: sig.onBehalf,
      title:
        sig.titleKey && w.info.values[sig.titleKey]
          ? upper(w.info.values[sig.titleKey]!)
          : sig.defaultTitle,
      name: infoRuns(w, sig.nameKey),
    },
    images: o.images,
  };
}
