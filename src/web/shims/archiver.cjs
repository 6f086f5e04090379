// The few members of `archiver` that exceljs's streaming writer uses (append, pipe,
// finalize, on), over JSZip. exceljs's part streams buffer what is written to them, so each
// part is read whole once the writer has finished it; the zip goes to the piped stream.
const { EventEmitter } = require("events");
const JSZip = require("jszip");

class ZipArchive extends EventEmitter {
  constructor() {
    super();
    this.parts = [];
    this.target = null;
  }

  pipe(target) {
    this.target = target;
    return target;
  }

  append(source, options) {
    // archiver stores "/xl/workbook.xml" as "xl/workbook.xml"; so must this.
    const name = String(options.name).replace(/^\/+/, "");
    this.parts.push({ name, source, base64: !!options.base64 });
    return this;
  }

  abort() {
    this.parts = [];
  }

  async finalize() {
    try {
      const zip = new JSZip();
      for (const part of this.parts) {
        const data =
          typeof part.source === "string" || part.source instanceof Uint8Array
            ? part.source
            : (part.source.toBuffer() ?? new Uint8Array(0));
        zip.file(part.name, data, { base64: part.base64 });
      }
      const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
      this.target.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      this.target.end();
    } catch (error) {
      this.emit("error", error);
    }
  }
}

module.exports = () => new ZipArchive();
