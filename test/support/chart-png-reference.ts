/**
 * The chart renderer before issue 13's start-up work: every system font loaded, resvg's own
 * PNG encoder. Kept to show the renderer now gives the same pixels (test/cli/chart-png.test.ts)
 * and as the "before" of the draft benchmark (scripts/bench/draft.ts).
 */
import { Resvg } from "@resvg/resvg-js";
import type { DraftImage } from "../../src/core/index.js";

export function referencePng(image: DraftImage): {
  png: Uint8Array;
  width: number;
  height: number;
} {
  const resvg = new Resvg(image.svg, {
    fitTo: { mode: "width", value: image.width * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  });
  const rendered = resvg.render();
  return { png: rendered.asPng(), width: rendered.width, height: rendered.height };
}
