/** SVG charts from core rendered to PNG with resvg (no browser), using the system's fonts. */
import { Resvg } from "@resvg/resvg-js";
import type { DraftImage } from "../../core/index.js";

/** PNG bytes at twice the SVG's size, sharp enough for print. */
export function renderPng(image: DraftImage): { png: Uint8Array; width: number; height: number } {
  const resvg = new Resvg(image.svg, {
    fitTo: { mode: "width", value: image.width * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  });
  const rendered = resvg.render();
  return { png: rendered.asPng(), width: rendered.width, height: rendered.height };
}
