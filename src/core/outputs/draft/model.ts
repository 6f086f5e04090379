/**
 * The report draft as a format-neutral tree. The DOCX and Markdown writers walk this tree
 * and decide nothing about content: every word and figure is settled here.
 */

/** A stretch of text with its emphasis. `missing` marks a placeholder for absent data. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A visible placeholder naming the empty cell: highlighted in the DOCX. */
  readonly missing?: boolean;
}

export type Block =
  | {
      readonly kind: "heading";
      /** 1: PHẦN …, 2: I. II. …, 3: 1. 2. …, 4: 1.1. … */
      readonly level: 1 | 2 | 3 | 4;
      /** Outline numbering ("II.", "2.1."), kept apart from the text so numbers in it are structure. */
      readonly number: string;
      readonly text: string;
      /** A second line under a part heading. */
      readonly subtitle?: string;
    }
  | { readonly kind: "paragraph"; readonly runs: readonly Run[] }
  | { readonly kind: "bullet"; readonly runs: readonly Run[] }
  | {
      readonly kind: "table";
      readonly header: readonly string[];
      readonly rows: readonly (readonly (readonly Run[])[])[];
      /** Relative column widths. */
      readonly widths: readonly number[];
    }
  | { readonly kind: "image"; readonly id: string; readonly caption: string };

/** An SVG picture the shells render to PNG. */
export interface DraftImage {
  readonly id: string;
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export interface Draft {
  /** Party documents (HD 36, the default) or state documents (NĐ 30): sizes and marks. */
  readonly layout?: "party" | "state";
  readonly header: {
    readonly superiorBody: readonly Run[];
    readonly issuingBody: readonly Run[];
    /** Further lines of the issuing body ("NHIỆM KỲ 2025 - 2030" under a congress). */
    readonly issuingMore?: readonly (readonly Run[])[];
    readonly numberLine: string;
    /** The right column's first line: "ĐẢNG CỘNG SẢN VIỆT NAM", or the state's name. */
    readonly party: string;
    /** The state's motto under its name (NĐ 30 documents). */
    readonly motto?: string;
    readonly placeDate: readonly Run[];
  };
  readonly title: string;
  readonly summaryLines: readonly string[];
  readonly blocks: readonly Block[];
  readonly recipients: { readonly label: string; readonly lines: readonly string[] };
  readonly signature: {
    readonly onBehalf: string;
    readonly title: string;
    readonly name: readonly Run[];
  };
  readonly images: readonly DraftImage[];
}

/** All text of runs, placeholders included. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join("");
}

/**
 * Every run of the draft in reading order, for tests and for plain-text views: header,
 * title, blocks (headings as one run each, table cells row by row), signature, recipients.
 */
export function draftRuns(d: Draft): Run[][] {
  const out: Run[][] = [
    [...d.header.superiorBody],
    [...d.header.issuingBody],
    ...(d.header.issuingMore ?? []).map((l) => [...l]),
    [{ text: d.header.numberLine }],
    [{ text: d.header.party }],
    ...(d.header.motto ? [[{ text: d.header.motto }]] : []),
    [...d.header.placeDate],
    [{ text: d.title }],
    ...d.summaryLines.map((text) => [{ text }]),
  ];
  for (const b of d.blocks) {
    if (b.kind === "heading") {
      out.push([{ text: b.text }]);
      if (b.subtitle) out.push([{ text: b.subtitle }]);
    } else if (b.kind === "paragraph" || b.kind === "bullet") out.push([...b.runs]);
    else if (b.kind === "table") {
      out.push(b.header.map((text) => ({ text })));
      for (const row of b.rows) for (const cell of row) out.push([...cell]);
    } else out.push([{ text: b.caption }]);
  }
  out.push([{ text: d.signature.onBehalf }], [{ text: d.signature.title }], [...d.signature.name]);
  out.push([{ text: d.recipients.label }], ...d.recipients.lines.map((text) => [{ text }]));
  return out;
}
