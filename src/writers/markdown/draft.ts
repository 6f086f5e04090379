/** The draft as Markdown: the same tree as the DOCX, for reading and diffing as text. */
import { type ColumnAlign, columnAligns, type Draft, type Run } from "../../core/index.js";

/** Markdown's column alignment marks, as the core aligns each column. */
const MD_ALIGN: Record<ColumnAlign, string> = { left: "---", center: ":---:", right: "---:" };

/** Staff text may hold Markdown's own marks ("*", "_", "`"): they stay literal. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, "\\$1");
}

/** Text inside the HTML block of the title: entities, as Markdown escapes do not apply there. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'[\]]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function runs(rs: readonly Run[]): string {
  return rs
    .map((r) => {
      if (r.missing) return `**${escapeMarkdown(r.text)}**`;
      const t = escapeMarkdown(r.text);
      if (!t.trim()) return t;
      const lead = t.match(/^\s*/)?.[0] ?? "";
      const trail = t.match(/\s*$/)?.[0] ?? "";
      const core = t.trim();
      if (r.bold && r.italic) return `${lead}***${core}***${trail}`;
      if (r.bold) return `${lead}**${core}**${trail}`;
      if (r.italic) return `${lead}*${core}*${trail}`;
      return t;
    })
    .join("");
}

function cell(rs: readonly Run[]): string {
  return runs(rs).replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** Markdown text; images are referenced by `imageFile(id)`, written beside the .md file. */
export function draftMarkdown(d: Draft, imageFile: (id: string) => string): string {
  const out: string[] = [];
  const h = d.header;
  out.push(
    `${runs(h.superiorBody)}  `,
    `${runs(h.issuingBody.map((r) => ({ ...r, bold: true })))}  `,
    ...(h.issuingMore ?? []).map((l) => `${runs(l.map((r) => ({ ...r, bold: true })))}  `),
    escapeMarkdown(h.numberLine),
    "",
  );
  out.push(
    `**${escapeMarkdown(h.party)}**  `,
    ...(h.motto ? [`**${escapeMarkdown(h.motto)}**  `] : []),
    `${runs(h.placeDate)}`,
    "",
  );
  out.push(`<p align="center"><b>${escapeHtml(d.title)}</b></p>`, "");
  for (const l of d.summaryLines) out.push(`**${escapeMarkdown(l)}**  `);
  out.push("");
  for (const b of d.blocks) {
    switch (b.kind) {
      case "heading": {
        const hashes = "#".repeat(b.level);
        const text = escapeMarkdown(b.number ? `${b.number} ${b.text}` : b.text);
        const subtitle = b.subtitle ? ` — ${escapeMarkdown(b.subtitle)}` : "";
        out.push(`${hashes} ${text}${subtitle}`, "");
        break;
      }
      case "paragraph":
        out.push(runs(b.runs), "");
        break;
      case "bullet":
        out.push(`- ${runs(b.runs)}`, "");
        break;
      case "table":
        out.push(
          `| ${b.header.map((t) => cell([{ text: t }])).join(" | ")} |`,
          `| ${columnAligns(b)
            .map((a) => MD_ALIGN[a])
            .join(" | ")} |`,
        );
        for (const row of b.rows) out.push(`| ${row.map(cell).join(" | ")} |`);
        out.push("");
        break;
      case "image":
        out.push(
          `![${escapeMarkdown(b.caption)}](${imageFile(b.id)})`,
          "",
          `*${escapeMarkdown(b.caption)}*`,
          "",
        );
        break;
    }
  }
  out.push(
    ...(d.signature.onBehalf ? [`**${escapeMarkdown(d.signature.onBehalf)}**  `] : []),
    // A congress's chair signs under "T/M ĐOÀN CHỦ TỊCH" with no title of their own.
    ...(d.signature.title ? [`**${escapeMarkdown(d.signature.title)}**  `] : []),
    "",
    runs(d.signature.name.map((r) => ({ ...r, bold: true }))),
    "",
  );
  out.push(`***${escapeMarkdown(d.recipients.label)}***  `);
  for (const l of d.recipients.lines) out.push(`${escapeMarkdown(l)}  `);
  out.push("");
  return out.join("\n");
}

/** The chart file beside a Markdown draft: "bao-cao" + "ti-le" → "bao-cao.ti-le.png". */
export function chartFileName(draftBaseName: string, id: string): string {
  return `${draftBaseName}.${id}.png`;
}
