/**
 * SVG charts from core rendered to PNG with resvg (no browser). The charts are set in DejaVu
 * Sans (src/core/outputs/chart.ts): where its two files are found in a usual place, resvg
 * loads only those two instead of every system font (a third of a chart's rendering time);
 * elsewhere it loads the system's fonts as before. The PNG is encoded here from resvg's
 * pixels with Node's zlib, which is faster than resvg's own encoder; the pixels are resvg's.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import type { DraftImage } from "../../core/index.js";

const FAMILY = "DejaVu Sans";
const FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"];
/** Where Debian/Ubuntu, Fedora, Arch, openSUSE, the BSDs and Homebrew put DejaVu Sans. */
const FOLDERS = [
  "/usr/share/fonts/truetype/dejavu",
  "/usr/share/fonts/dejavu-sans-fonts",
  "/usr/share/fonts/dejavu",
  "/usr/share/fonts/TTF",
  "/usr/share/fonts/truetype",
  "/usr/local/share/fonts/dejavu",
  "/opt/homebrew/share/fonts",
  "/usr/local/share/fonts",
];

let found: string[] | null | undefined;

/** The regular and bold DejaVu Sans files, or null if they are not in a usual place. */
export function dejaVuFiles(): string[] | null {
  if (found === undefined) {
    const folder = FOLDERS.find((f) => FILES.every((name) => existsSync(join(f, name))));
    found = folder ? FILES.map((name) => join(folder, name)) : null;
  }
  return found;
}

/** resvg's font options: the two DejaVu files if found, else every system font. */
export function fontOptions(files = dejaVuFiles()) {
  return files
    ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: FAMILY }
    : { loadSystemFonts: true, defaultFontFamily: FAMILY };
}

/** PNG bytes at twice the SVG's size, sharp enough for print. */
export function renderPng(image: DraftImage): { png: Uint8Array; width: number; height: number } {
  const resvg = new Resvg(image.svg, {
    fitTo: { mode: "width", value: image.width * 2 },
    font: fontOptions(),
    background: "#ffffff",
  });
  const rendered = resvg.render();
  const { width, height } = rendered;
  return { png: encodePng(rendered.pixels, width, height), width, height };
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * RGBA pixels as a PNG: 8-bit RGBA, no filter, deflated at zlib level 3. A chart is mostly
 * flat colour, which deflate alone packs about as small as resvg's filtered PNG, in a third
 * of the time. (The background is opaque white, so straight and premultiplied alpha agree.)
 */
export function encodePng(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const stride = width * 4;
  const raw = Buffer.allocUnsafe(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter set, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 3 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}
