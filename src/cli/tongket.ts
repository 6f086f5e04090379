/** Process entry of the command line (bundled to dist/cli/tongket.js). */
import { run } from "./main.js";

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
