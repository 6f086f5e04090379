/**
 * A report kind as data: its header, title, and an outline of entries (a heading and what
 * fills it). The engine in build.ts walks any kind's outline; the writers render the tree it
 * makes and know nothing of any kind's sections.
 */
import type { InfoKey, SectionKey, TextSectionKey } from "../../workbook/schema.js";
import type { Block, DraftImage, Run } from "./model.js";

/**
 * An indicator section of the Chỉ tiêu tab; "other": every row outside the list; "unsorted":
 * rows with no section typed at all.
 */
export type SectionRef = SectionKey | "other" | "unsorted";

/** What goes under a heading. */
export type Content =
  /** Staff paragraphs of one "Nội dung" key: as bullets (default), paragraphs or "Một là: …". */
  | {
      readonly fill: "staff";
      readonly key: TextSectionKey;
      readonly as?: "bullets" | "paragraphs" | "ordinals";
      /** No placeholder when the key has no text. */
      readonly optional?: boolean;
      /** An italic line written before the text, only when there is text. */
      readonly intro?: string;
    }
  /** A fixed sentence of the kind; `{name}` slots are filled from Thông tin (see SLOTS). */
  | { readonly fill: "sentence"; readonly text: string }
  /** "Thực hiện <plan>;" when Thông tin names the plan the report answers. */
  | { readonly fill: "plan" }
  /** The generated sentences of the indicators of some sections. */
  | { readonly fill: "indicators"; readonly sections: readonly SectionRef[] }
  /**
   * Sections typed in Chỉ tiêu outside the list ("Công tác bán trú"), each under its own
   * heading of `level` in the order they appear, filled as `fills` fill one section of the list
   * (default: the sentences and the table). A section with nothing to show gets no heading.
   */
  | {
      readonly fill: "addedSections";
      readonly level: 2 | 3 | 4;
      readonly fills?: readonly SectionFill[];
    }
  /** The target / result / judgement table of some sections' targeted indicators. */
  | { readonly fill: "table"; readonly sections: readonly SectionRef[] }
  | { readonly fill: "rateChart" }
  /** Pupils' prizes by year and level: lines, a table and the chart. */
  | { readonly fill: "prizes" }
  /** Titles of the school and its organisations. */
  | { readonly fill: "titles" }
  /** Awards of teachers, staff and members. */
  | { readonly fill: "personalAwards" }
  | { readonly fill: "membership" }
  /** Admitted members and the cell's yearly ratings. */
  | { readonly fill: "partyChanges" }
  | { readonly fill: "funding" }
  /** The indicators whose figures fall short of their target. */
  | { readonly fill: "notMet" }
  /** Next-term targets grouped by section, each group under a heading of `level`. */
  | { readonly fill: "nextTargets"; readonly level: 2 | 3 | 4 }
  /** One school year's results against its targets, compared with the year before. */
  | { readonly fill: "yearResults"; readonly sections: readonly SectionRef[] }
  /** The years so far against the term's targets: on track or behind, and what remains. */
  | { readonly fill: "progress"; readonly sections: readonly SectionRef[] }
  /** The indicators behind their mid-term share, as bullets. */
  | { readonly fill: "behind" };

/** The contents that show the indicators of some sections. */
export type SectionFill = "indicators" | "table" | "yearResults" | "progress";

export type Level = 1 | 2 | 3 | 4;

/** One heading and its content, or content alone (no level) under the heading before it. */
export interface OutlineEntry {
  readonly level?: Level;
  /** Heading text; `{name}` slots are filled from Thông tin. */
  readonly text?: string;
  /** A second line under a part heading. */
  readonly subtitle?: string;
  readonly content: readonly Content[];
  /** Write the heading only when its content has something besides placeholders. */
  readonly whenFilled?: boolean;
}

/** Slots a kind's headings and sentences may name: `{nhiem_ky}` → Thông tin's term. */
export const SLOTS = {
  ten_chi_bo: "unitName",
  ten_truong: "schoolName",
  dang_bo: "superiorBody",
  cap_uy: "superiorCommittee",
  co_quan_quan_ly: "managingBody",
  nhiem_ky: "term",
  nhiem_ky_toi: "nextTerm",
  ke_hoach: "plan",
  ngay_dai_hoi: "congressDate",
  dang_vien_co_mat: "congressPresent",
  dang_vien_trieu_tap: "congressSummoned",
  dai_hoi_lan_thu: "congressOrdinal",
} as const satisfies Record<string, InfoKey>;

/** Slots that are not Thông tin keys: the chosen school year and the one before it. */
export const YEAR_SLOTS = ["nam_hoc", "nam_hoc_truoc"] as const;

export type KindId = "bao-cao-nhiem-ky" | "nghi-quyet" | "nam-hoc" | "so-ket";

export interface ReportKind {
  readonly id: KindId;
  /** Name shown to users (help, dropdowns). */
  readonly label: string;
  /** Party (HD 36) or state (NĐ 30) header, sizes and signature style. */
  readonly layout: "party" | "state";
  readonly header: {
    /** Upper line of the left column, and the issuing body under it (each a slot template). */
    readonly superior: string;
    readonly issuing: readonly string[];
    /** The document symbol after the number ("BC/CB"). */
    readonly symbol: string;
    /** Thông tin key of the document number. */
    readonly numberKey: InfoKey;
    /** The date the document bears (default: the report's; a resolution: the congress's). */
    readonly dateKey?: "reportDate" | "congressDate";
  };
  readonly title: string;
  /** Lines under the title (trích yếu), slot templates. */
  readonly summary: readonly string[];
  /** Whether the report is about one school year (`--nam-hoc`). */
  readonly oneYear?: boolean;
  readonly outline: readonly OutlineEntry[];
  readonly signature: {
    readonly onBehalf: string;
    readonly titleKey?: InfoKey;
    readonly defaultTitle: string;
    readonly nameKey: InfoKey;
  };
}

/** The outline being written, with its numbering counters. */
export class Outline {
  readonly blocks: Block[] = [];
  readonly images: DraftImage[] = [];
  private counts = [0, 0, 0, 0];
  private static ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

  heading(level: Level, text: string, subtitle?: string): void {
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
  image(image: DraftImage | undefined): void {
    if (image) this.images.push(image);
  }
}

/** Whether blocks hold anything besides missing-data placeholders. */
export function filled(blocks: readonly Block[]): boolean {
  return blocks.some(
    (b) =>
      b.kind === "table" ||
      b.kind === "image" ||
      b.kind === "heading" ||
      b.runs.some((r) => !r.missing && r.text.trim() !== ""),
  );
}
