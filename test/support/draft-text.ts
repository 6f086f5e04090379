/**
 * Reading a draft as a reader does: its lines (paragraphs, bullets, table cells), the line
 * holding some words, its headings with their numbers. Text is compared in NFC, as staff
 * paragraphs and labels typed in NFD are quoted as typed (placeholders name tabs in NFC).
 */
import { expect } from "vitest";
import { type Draft, draftRuns, runsText } from "../../src/core/outputs/draft/model.js";

export interface DraftText {
  readonly lines: readonly string[];
  readonly all: string;
  /** The first line holding `needle`; fails the test when none does. */
  readonly line: (needle: string) => string;
}

export function draftText(draft: Draft): DraftText {
  const lines = draftRuns(draft).map((r) => runsText(r).normalize("NFC"));
  return {
    lines,
    all: lines.join("\n"),
    line: (needle) => {
      const found = lines.find((l) => l.includes(needle));
      expect(found, `a line with "${needle}"`).toBeDefined();
      return found!;
    },
  };
}

/** Headings in order, each with its number ("II. KẾT QUẢ …", "2.4. Công tác bán trú"). */
export function headingsOf(draft: Draft): string[] {
  return draft.blocks.flatMap((b) =>
    b.kind === "heading" ? [`${b.number} ${b.text}`.trim().normalize("NFC")] : [],
  );
}

/** Whether `wanted` appear in `list` in this order (other items may lie between). */
export function inOrder(list: readonly string[], wanted: readonly string[]): boolean {
  const at = wanted.map((w) => list.indexOf(w));
  return at.every((p, k) => p >= 0 && (k === 0 || p > at[k - 1]!));
}
