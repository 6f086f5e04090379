/**
 * "Which document?": the report kind (the ids the command line's --kind takes) and, for a
 * school-year report, the year (--nam-hoc). The page and the dialog show the same two
 * selects: `select[name=kind]` and `select[name=year]`.
 */
import {
  type Analysis,
  type DraftOptions,
  KIND_IDS,
  KINDS,
  type KindId,
  lastYearWithData,
} from "../core/index.js";
import { WEB } from "./messages.vi.js";
import { element } from "./render.js";

export interface KindPicker {
  readonly element: HTMLElement;
  /** Shows the years of a newly read workbook (the last with data chosen). */
  update(analysis: Analysis): void;
  kind(): KindId;
  /** What buildDraft needs: the kind, and the year when the kind is about one year. */
  options(): DraftOptions;
  /** The kind as a file name says it. */
  nameWord(): string;
}

function labelled(doc: Document, text: string, control: HTMLSelectElement): HTMLLabelElement {
  const label = element(doc, "label", undefined, "choice");
  label.append(element(doc, "span", text), control);
  return label;
}

export function kindPicker(doc: Document, analysis?: Analysis): KindPicker {
  const kind = doc.createElement("select");
  kind.name = "kind";
  for (const id of KIND_IDS) {
    const option = element(doc, "option", KINDS[id].label);
    option.value = id;
    kind.appendChild(option);
  }
  const year = doc.createElement("select");
  year.name = "year";
  const yearLabel = labelled(doc, WEB.yearLabel, year);
  const box = element(doc, "div", undefined, "kinds");
  box.append(labelled(doc, WEB.kindLabel, kind), yearLabel);
  const current = () => kind.value as KindId;
  const showYear = () => {
    yearLabel.hidden = !KINDS[current()].oneYear;
  };
  kind.addEventListener("change", showYear);
  const update = (a: Analysis) => {
    year.textContent = "";
    const years = a.workbook.schoolYears;
    if (years.length === 0) year.appendChild(element(doc, "option", WEB.noYears)).value = "";
    for (const y of years) year.appendChild(element(doc, "option", y)).value = y;
    year.value = lastYearWithData(a) ?? years.at(-1) ?? "";
  };
  if (analysis) update(analysis);
  showYear();
  return {
    element: box,
    update,
    kind: current,
    options: () => {
      const k = current();
      return KINDS[k].oneYear && year.value ? { kind: k, schoolYear: year.value } : { kind: k };
    },
    nameWord: () => {
      const k = current();
      const word = WEB.kindInName[k];
      return KINDS[k].oneYear && year.value ? `${word} ${year.value}` : word;
    },
  };
}
