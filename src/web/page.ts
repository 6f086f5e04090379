/**
 * The offline page (dist/web/tongket.html): pick or drop an .xlsx, see its problems and the
 * judgement table, download the draft, the archive or a template; pick several at once for
 * the roll-up of many units (rollup.ts). Everything runs here; the
 * page has no network access at all (its Content-Security-Policy allows none).
 */
import { type Analysis, ARCHIVE, analyse, type NamedGrid, type Rollup } from "../core/index.js";
import { NotXlsxError, readXlsxBytes } from "../writers/index.js";
import { type KindPicker, kindPicker } from "./kinds.js";
import { WEB } from "./messages.vi.js";
import {
  archiveFile,
  type BuiltFile,
  draftDocxFile,
  draftMarkdownFile,
  offerDownload,
  type Progress,
  plainMessage,
  templateFile,
} from "./outputs.js";
import { element, judgementsTable, problemsHeading, problemsTable, showStatus } from "./render.js";
import { readRollup, rollupDocxFile, rollupTable, rollupXlsxFile } from "./rollup.js";

declare const TONGKET_VERSION: string;

/** What has been read: the file's grids and their analysis. */
interface Loaded {
  readonly file: string;
  readonly grids: NamedGrid[];
  readonly analysis: Analysis;
}

type Action =
  | "draft-docx"
  | "draft-md"
  | "archive-xlsx"
  | "template-blank"
  | "template-sample"
  | "rollup-xlsx"
  | "rollup-docx";

/** The page's parts that change, and what has been read. */
interface Page {
  readonly doc: Document;
  readonly main: HTMLElement;
  readonly drop: HTMLLabelElement;
  readonly input: HTMLInputElement;
  readonly status: HTMLElement;
  readonly failure: HTMLElement;
  readonly results: HTMLElement;
  readonly picker: KindPicker;
  /** Buttons that need a file read. */
  readonly fileButtons: HTMLButtonElement[];
  /** Buttons that need several files read. */
  readonly rollupButtons: HTMLButtonElement[];
  loaded?: Loaded;
  rollup?: Rollup;
  busy: boolean;
}

function button(doc: Document, action: Action, label: string, needsFile: boolean) {
  const b = element(doc, "button", label);
  b.type = "button";
  b.dataset.action = action;
  if (needsFile) b.disabled = true;
  return b;
}

function row(doc: Document, buttons: readonly HTMLButtonElement[]): HTMLElement {
  const r = element(doc, "div", undefined, "buttons");
  r.append(...buttons);
  return r;
}

/** Builds the page: heading, the file box, status lines, downloads, results, templates. */
function layout(doc: Document): Page {
  doc.title = WEB.pageTitle;
  doc.body.textContent = "";
  const main = element(doc, "main");
  doc.body.appendChild(main);
  main.append(element(doc, "h1", WEB.heading), element(doc, "p", WEB.intro, "intro"));
  const drop = element(doc, "label", undefined, "drop");
  const input = doc.createElement("input");
  input.type = "file";
  input.accept = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  // Several files at once make the roll-up.
  input.multiple = true;
  const pick = element(doc, "span", WEB.pick, "pick");
  drop.append(pick, input, element(doc, "span", WEB.dropHere, "or"));
  const status = element(doc, "p", "", "status");
  status.setAttribute("role", "status");
  const failure = element(doc, "p", "", "failure");
  failure.setAttribute("role", "alert");
  main.append(drop, status, failure);

  const fileButtons = [
    button(doc, "draft-docx", WEB.draftDocx, true),
    button(doc, "draft-md", WEB.draftMd, true),
    button(doc, "archive-xlsx", WEB.archiveXlsx, true),
  ];
  // Which document the draft buttons make (the command line's --kind and --nam-hoc).
  const picker = kindPicker(doc);
  const outputs = element(doc, "section", undefined, "outputs");
  outputs.append(
    element(doc, "h2", WEB.outputsHeading),
    picker.element,
    row(doc, fileButtons),
    element(doc, "p", WEB.missingMarked, "hint"),
  );
  const rollupButtons = [
    button(doc, "rollup-xlsx", WEB.rollupXlsx, true),
    button(doc, "rollup-docx", WEB.rollupDocx, true),
  ];
  outputs.append(
    element(doc, "h2", WEB.rollupHeadingOutputs),
    element(doc, "p", WEB.rollupHint, "hint"),
    row(doc, rollupButtons),
  );
  const results = element(doc, "section", undefined, "results");
  const templates = element(doc, "section", undefined, "templates");
  templates.append(
    element(doc, "h2", WEB.templatesHeading),
    row(doc, [
      button(doc, "template-blank", WEB.templateBlank, false),
      button(doc, "template-sample", WEB.templateSample, false),
    ]),
  );
  main.append(outputs, results, templates, element(doc, "p", WEB.offline, "hint"));
  return {
    ...{ doc, main, drop, input, status, failure, results, picker },
    ...{ fileButtons, rollupButtons, busy: false },
  };
}

/** A bad file gets the command line's own message; anything else is said plainly. */
function fail(page: Page, error: unknown): void {
  page.failure.textContent =
    error instanceof NotXlsxError ? error.message : WEB.failed(plainMessage(error));
  page.status.textContent = "";
  if (!(error instanceof NotXlsxError)) console.error(error);
}

function show(page: Page, l: Loaded): void {
  const { doc, results } = page;
  results.textContent = "";
  const problems = l.analysis.problems;
  results.appendChild(element(doc, "h2", problemsHeading(problems)));
  if (problems.length > 0) results.appendChild(problemsTable(doc, problems));
  results.append(element(doc, "h2", WEB.judgementsHeading), judgementsTable(doc, l.analysis));
}

async function read(page: Page, file: File): Promise<void> {
  page.failure.textContent = "";
  page.status.textContent = WEB.reading(file.name);
  for (const b of page.fileButtons) b.disabled = true;
  try {
    const grids = await readXlsxBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    const analysis = analyse(grids);
    page.loaded = { file: file.name, grids, analysis };
    page.rollup = undefined;
    for (const b of page.rollupButtons) b.disabled = true;
    page.picker.update(analysis);
    show(page, page.loaded);
    const unit = analysis.workbook.info.values.unitName ?? "";
    page.status.textContent = WEB.readDone(file.name, unit);
    for (const b of page.fileButtons) b.disabled = false;
  } catch (error) {
    // The page keeps working: the last good file (if any) stays usable.
    fail(page, error);
    if (page.loaded) for (const b of page.fileButtons) b.disabled = false;
  }
}

/** Several files: the roll-up replaces whatever was read before. */
async function readMany(page: Page, files: readonly File[]): Promise<void> {
  page.failure.textContent = "";
  for (const b of [...page.fileButtons, ...page.rollupButtons]) b.disabled = true;
  try {
    const r = await readRollup(files, (text) => showStatus(page.status, text));
    page.loaded = undefined;
    page.rollup = r;
    page.results.textContent = "";
    page.results.appendChild(rollupTable(page.doc, r));
    page.status.textContent = WEB.rollupRead(r.schools.length, r.failures.length);
    for (const b of page.rollupButtons) b.disabled = r.schools.length === 0;
  } catch (error) {
    fail(page, error);
  }
}

/** One file is read and shown; several make the roll-up. */
function take(page: Page, list: FileList | null | undefined): void {
  const files = Array.from(list ?? []);
  if (files.length > 1) void readMany(page, files);
  else if (files[0]) void read(page, files[0]);
}

async function build(page: Page, action: Action): Promise<BuiltFile | undefined> {
  const progress: Progress = (text) => showStatus(page.status, text);
  const now = new Date();
  if (action === "template-blank") return templateFile("blank");
  if (action === "template-sample") return templateFile("sample");
  if (action === "rollup-xlsx" && page.rollup) {
    return rollupXlsxFile(page.rollup, now, TONGKET_VERSION, progress);
  }
  if (action === "rollup-docx" && page.rollup) return rollupDocxFile(page.rollup, now, progress);
  const loaded = page.loaded;
  if (!loaded) return undefined;
  const choice = { options: page.picker.options(), what: page.picker.nameWord() };
  if (action === "draft-docx") return draftDocxFile(loaded.analysis, now, progress, choice);
  if (action === "draft-md") return draftMarkdownFile(loaded.analysis, now, progress, choice);
  return archiveFile(
    loaded.grids,
    loaded.analysis,
    { description: ARCHIVE.sourceFile(loaded.file), version: TONGKET_VERSION },
    now,
    progress,
  );
}

async function clicked(page: Page, target: HTMLButtonElement): Promise<void> {
  const action = target.dataset.action as Action;
  page.busy = true;
  page.failure.textContent = "";
  const what = action.startsWith("template")
    ? WEB.whatTemplate
    : action.startsWith("rollup")
      ? WEB.whatRollup
      : action === "archive-xlsx"
        ? WEB.whatArchive
        : WEB.whatDraft;
  try {
    await showStatus(page.status, WEB.building(what));
    const file = await build(page, action);
    if (file) {
      offerDownload(file, page.doc);
      page.status.textContent = WEB.built(file.name);
    }
  } catch (error) {
    fail(page, error);
  } finally {
    page.busy = false;
  }
}

export function startPage(doc: Document): void {
  const page = layout(doc);
  const { drop, input } = page;
  input.addEventListener("change", () => {
    take(page, input.files);
    input.value = "";
  });
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    take(page, e.dataTransfer?.files);
  });
  page.main.addEventListener("click", (e) => {
    const target = (e.target as Element).closest("button[data-action]") as HTMLButtonElement;
    if (!target || target.disabled || page.busy) return;
    void clicked(page, target);
  });
}
