/**
 * The tables the page and the dialog show: problems (tab, cell, message) and the judgement
 * of every indicator (the "Tổng hợp" tab's first section). Built with DOM calls and
 * textContent only, so nothing typed in a sheet is ever read as HTML.
 */
import {
  type Analysis,
  buildSummary,
  formatNumber,
  JUDGEMENT_COLOURS,
  judgementOfText,
  type Problem,
  SEVERITY_LABELS,
  type SummaryCell,
} from "../core/index.js";
import { WEB } from "./messages.vi.js";

/**
 * Sets a status line and resolves once the browser has had a frame to paint it: the step that
 * follows runs without a break, and would otherwise keep the old text on screen to its end.
 * In a hidden tab (no frames) a timer resolves it instead.
 */
export function showStatus(el: HTMLElement, text: string): Promise<void> {
  el.textContent = text;
  const view = el.ownerDocument.defaultView;
  if (!view) return Promise.resolve();
  return new Promise((resolve) => {
    const later = view.setTimeout(resolve, 1000);
    view.requestAnimationFrame(() =>
      view.setTimeout(() => {
        view.clearTimeout(later);
        resolve();
      }, 0),
    );
  });
}

export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function row(
  doc: Document,
  cells: readonly string[],
  tag: "td" | "th" = "td",
): HTMLTableRowElement {
  const tr = doc.createElement("tr");
  for (const c of cells) tr.appendChild(element(doc, tag, c));
  return tr;
}

export function problemCounts(problems: readonly Problem[]): [number, number, number] {
  const count = (s: Problem["severity"]) => problems.filter((p) => p.severity === s).length;
  return [count("error"), count("warning"), count("info")];
}

/** The heading line over the problems: counts, or "no problems". */
export function problemsHeading(problems: readonly Problem[]): string {
  return problems.length === 0 ? WEB.noProblems : WEB.problemsHeading(...problemCounts(problems));
}

/**
 * The problems as a table. With `jump`, each row gets a button that shows the cell (the
 * add-on's dialog, as in the check sidebar).
 */
export function problemsTable(
  doc: Document,
  problems: readonly Problem[],
  jump?: { label: (p: Problem) => string; go: (p: Problem) => void },
): HTMLTableElement {
  const table = element(doc, "table", undefined, "problems");
  const head = doc.createElement("thead");
  head.appendChild(row(doc, jump ? [...WEB.problemHeaders, ""] : WEB.problemHeaders, "th"));
  table.appendChild(head);
  const body = doc.createElement("tbody");
  for (const p of problems) {
    const tr = row(doc, [SEVERITY_LABELS[p.severity], p.tab, p.cell, p.message]);
    tr.className = p.severity;
    if (jump) {
      const td = doc.createElement("td");
      const button = element(doc, "button", jump.label(p));
      button.type = "button";
      button.dataset.tab = p.tab;
      button.dataset.cell = p.cell;
      button.addEventListener("click", () => jump.go(p));
      td.appendChild(button);
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  table.appendChild(body);
  return table;
}

function shown(c: SummaryCell): string {
  const v = c.v;
  if (v === null || v === undefined) return "";
  if (typeof v === "number")
    return c.f === "percent" ? `${formatNumber(v * 100, 2)}%` : formatNumber(v);
  if (v instanceof Date) return v.toLocaleDateString("vi-VN");
  return String(v);
}

/** The judgement of every indicator, coloured as in the sheet and the archive. */
export function judgementsTable(doc: Document, analysis: Analysis): HTMLElement {
  const section = buildSummary(analysis.workbook, analysis.evaluation, analysis.problems).find(
    (s) => s.id === "judgements",
  );
  if (!section || section.rows.length === 0) return element(doc, "p", WEB.noIndicators);
  const table = element(doc, "table", undefined, "judgements");
  const head = doc.createElement("thead");
  head.appendChild(row(doc, section.header, "th"));
  table.appendChild(head);
  const body = doc.createElement("tbody");
  for (const cells of section.rows) {
    const tr = doc.createElement("tr");
    for (const c of cells) {
      const td = element(doc, "td", shown(c));
      const judgement = c.f === "judgement" ? judgementOfText(c.v) : undefined;
      if (judgement) {
        const colour = JUDGEMENT_COLOURS[judgement];
        td.style.background = `#${colour.fill.slice(2)}`;
        td.style.color = `#${colour.font.slice(2)}`;
        td.className = `judgement ${judgement}`;
      }
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  table.appendChild(body);
  return table;
}
