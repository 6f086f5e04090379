/**
 * The offline page (dist/web/tongket.html): pick or drop an .xlsx, see its problems and the
 * judgement table, download the draft, the archive or a template. Everything runs here; the
 * page has no network access at all (its Content-Security-Policy allows none).
 */
import { type Analysis, ARCHIVE, analyse, type NamedGrid } from "../core/index.js";
import { NotXlsxError, readXlsxBytes } from "../writers/index.js";
import { kindPicker } from "./kinds.js";
import { WEB } from "./messages.vi.js";
import {
  archiveFile,
  type BuiltFile,
  draftDocxFile,
  draftMarkdownFile,
  offerDownload,
  templateFile,
} from "./outputs.js";
import { element, judgementsTable, problemsHeading, problemsTable } from "./render.js";

declare const TONGKET_VERSION: string;

/** What has been read: the file's grids and their analysis. */
interface Loaded {
  readonly file: string;
  readonly grids: NamedGrid[];
  readonly analysis: Analysis;
}

type Action = "draft-docx" | "draft-md" | "archive-xlsx" | "template-blank" | "template-sample";

function button(doc: Document, action: Action, label: string, needsFile: boolean) {
  const b = element(doc, "button", label);
  b.type = "button";
  b.dataset.action = action;
  if (needsFile) b.disabled = true;
  return b;
}

export function startPage(doc: Document): void {
  doc.title = WEB.pageTitle;
  const body = doc.body;
  body.textContent = "";
  const main = element(doc, "main");
  body.appendChild(main);
  main.append(element(doc, "h1", WEB.heading), element(doc, "p", WEB.intro, "intro"));

  const drop = element(doc, "label", undefined, "drop");
  const input = doc.createElement("input");
  input.type = "file";
  input.accept = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  drop.append(element(doc, "span", WEB.pick, "pick"), input, element(doc, "span", WEB.dropHere));
  main.appendChild(drop);

  const status = element(doc, "p", "", "status");
  status.setAttribute("role", "status");
  const failure = element(doc, "p", "", "failure");
  failure.setAttribute("role", "alert");
  main.append(status, failure);

  const outputs = element(doc, "section", undefined, "outputs");
  outputs.appendChild(element(doc, "h2", WEB.outputsHeading));
  const fileButtons = [
    button(doc, "draft-docx", WEB.draftDocx, true),
    button(doc, "draft-md", WEB.draftMd, true),
    button(doc, "archive-xlsx", WEB.archiveXlsx, true),
  ];
  const row = element(doc, "div", undefined, "buttons");
  row.append(...fileButtons);
  // Which document the draft buttons make (the command line's --kind and --nam-hoc).
  const picker = kindPicker(doc);
  outputs.append(picker.element, row, element(doc, "p", WEB.missingMarked, "hint"));
  main.appendChild(outputs);

  const results = element(doc, "section", undefined, "results");
  main.appendChild(results);

  const templates = element(doc, "section", undefined, "templates");
  const templateRow = element(doc, "div", undefined, "buttons");
  templateRow.append(
    button(doc, "template-blank", WEB.templateBlank, false),
    button(doc, "template-sample", WEB.templateSample, false),
  );
  templates.append(element(doc, "h2", WEB.templatesHeading), templateRow);
  main.appendChild(templates);
  main.appendChild(element(doc, "p", WEB.offline, "hint"));

  let loaded: Loaded | undefined;
  let busy = false;

  const fail = (error: unknown) => {
    // A bad file gets the command line's own message; anything else is said plainly.
    const message =
      error instanceof NotXlsxError
        ? error.message
        : WEB.failed(error instanceof Error && error.message ? error.message : WEB.unexpected);
    failure.textContent = message;
    status.textContent = "";
    if (!(error instanceof NotXlsxError)) console.error(error);
  };

  const show = (l: Loaded) => {
    results.textContent = "";
    const problems = l.analysis.problems;
    results.appendChild(element(doc, "h2", problemsHeading(problems)));
    if (problems.length > 0) results.appendChild(problemsTable(doc, problems));
    results.append(element(doc, "h2", WEB.judgementsHeading), judgementsTable(doc, l.analysis));
  };

  const read = async (file: File) => {
    failure.textContent = "";
    status.textContent = WEB.reading(file.name);
    for (const b of fileButtons) b.disabled = true;
    try {
      const grids = await readXlsxBytes(new Uint8Array(await file.arrayBuffer()), file.name);
      const analysis = analyse(grids);
      loaded = { file: file.name, grids, analysis };
      picker.update(analysis);
      show(loaded);
      status.textContent = WEB.readDone(file.name, analysis.workbook.info.values.unitName ?? "");
      for (const b of fileButtons) b.disabled = false;
    } catch (error) {
      // The page keeps working: the last good file (if any) stays usable.
      fail(error);
      if (loaded) for (const b of fileButtons) b.disabled = false;
    }
  };

  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void read(file);
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
    const file = e.dataTransfer?.files[0];
    if (file) void read(file);
  });

  const build = async (action: Action): Promise<BuiltFile | undefined> => {
    const progress = (text: string) => {
      status.textContent = text;
    };
    const now = new Date();
    if (action === "template-blank") return templateFile("blank");
    if (action === "template-sample") return templateFile("sample");
    if (!loaded) return undefined;
    const choice = { options: picker.options(), what: picker.nameWord() };
    if (action === "draft-docx") return draftDocxFile(loaded.analysis, now, progress, choice);
    if (action === "draft-md") return draftMarkdownFile(loaded.analysis, now, progress, choice);
    return archiveFile(
      loaded.grids,
      loaded.analysis,
      { description: ARCHIVE.sourceFile(loaded.file), version: TONGKET_VERSION },
      now,
      progress,
    );
  };

  main.addEventListener("click", async (e) => {
    const target = (e.target as Element).closest("button[data-action]") as HTMLButtonElement;
    if (!target || target.disabled || busy) return;
    busy = true;
    failure.textContent = "";
    status.textContent = WEB.building(
      target.dataset.action!.startsWith("template") ? WEB.whatTemplate : WEB.whatDraft,
    );
    try {
      const file = await build(target.dataset.action as Action);
      if (file) {
        offerDownload(file, doc);
        status.textContent = WEB.built(file.name);
      }
    } catch (error) {
      fail(error);
    } finally {
      busy = false;
    }
  });
}
