/**
 * Several workbooks at once on the offline page: the roll-up of issue 11 ("tổng hợp"), built
 * here with the command line's modules. Files are read one at a time and each is reduced to
 * its school's record before the next is read, as `tongket tong-hop` does; a file that cannot
 * be read is listed with the reader's message and the others go on.
 */
import { ARCHIVE, type Rollup, RollupAccumulator, rollupDraft, rollupPlan } from "../core/index.js";
import { archiveBytes, draftDocxBytes, NotXlsxError, readXlsxBytes } from "../writers/index.js";
import { WEB } from "./messages.vi.js";
import {
  type BuiltFile,
  chartPngs,
  isoDate,
  MIME,
  type Progress,
  plainMessage,
} from "./outputs.js";
import { element } from "./render.js";

/** Reads every file into one roll-up. */
export async function readRollup(files: readonly File[], progress: Progress): Promise<Rollup> {
  const acc = new RollupAccumulator();
  for (const [k, file] of files.entries()) {
    await progress(WEB.rollupReading(k + 1, files.length, file.name));
    try {
      const grids = await readXlsxBytes(new Uint8Array(await file.arrayBuffer()), file.name);
      acc.addWorkbook(file.name, grids);
    } catch (error) {
      const message =
        error instanceof NotXlsxError ? error.message : WEB.failed(plainMessage(error));
      acc.addFailure(file.name, message);
    }
  }
  return acc.result();
}

/** The roll-up workbook, as `tongket tong-hop -o FILE.xlsx` writes it. */
export async function rollupXlsxFile(
  r: Rollup,
  now: Date,
  version: string,
  progress: Progress,
): Promise<BuiltFile> {
  await progress(WEB.building(WEB.whatRollup));
  const plan = rollupPlan(r, { madeAt: now, version });
  const bytes = await archiveBytes(plan, {
    created: now,
    progress: (done, total) => void progress(ARCHIVE.progress(done, total)),
  });
  return { name: `${WEB.rollupName(isoDate(now))}.xlsx`, type: MIME.xlsx, bytes };
}

/** The committee's short draft, as `tongket tong-hop -o FILE.docx` writes it. */
export async function rollupDocxFile(r: Rollup, now: Date, progress: Progress): Promise<BuiltFile> {
  await progress(WEB.building(WEB.whatRollup));
  const draft = rollupDraft(r, now);
  if (draft.images.length) await progress(WEB.drawingCharts);
  const images = await chartPngs(draft);
  await progress(WEB.writingDocx);
  return {
    name: `${WEB.rollupDraftName(isoDate(now))}.docx`,
    type: MIME.docx,
    bytes: await draftDocxBytes(draft, images),
  };
}

/** What was read: one row per school (file, unit, errors, warnings), then the refused files. */
export function rollupTable(doc: Document, r: Rollup): HTMLElement {
  const section = element(doc, "section", undefined, "rollup");
  section.appendChild(element(doc, "h2", WEB.rollupHeading(r.schools.length, r.failures.length)));
  const table = element(doc, "table", undefined, "schools");
  const head = doc.createElement("thead");
  const hr = doc.createElement("tr");
  for (const h of WEB.rollupHeaders) hr.appendChild(element(doc, "th", h));
  head.appendChild(hr);
  const body = doc.createElement("tbody");
  for (const s of r.schools) {
    const tr = doc.createElement("tr");
    for (const c of [s.file, s.name, String(s.errorCount), String(s.warningCount), ""]) {
      tr.appendChild(element(doc, "td", c));
    }
    body.appendChild(tr);
  }
  for (const f of r.failures) {
    const tr = doc.createElement("tr");
    tr.className = "error";
    for (const c of [f.file, "", "", "", f.message]) tr.appendChild(element(doc, "td", c));
    body.appendChild(tr);
  }
  table.append(head, body);
  section.appendChild(table);
  return section;
}
