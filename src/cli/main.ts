/**
 * The `tongket` command line: one thin file per command under commands/, all work in core.
 * Exit codes: 0 no errors, 1 errors found in the workbook, 2 unusable arguments or files.
 */
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { ARCHIVE } from "../core/index.js";
import type { Plan } from "./commands/plan.js";
import { UserError } from "./errors.js";
import { errorCode, reasonOf } from "./io/atomic.js";
import { perform as performPlan, realContext } from "./io/perform.js";
import type { SourceOptions } from "./io/source.js";
import {
  CLI,
  CLI_EXAMPLES,
  CLI_USAGE_WORDS,
  DRAFT_CLI,
  PLACEHOLDERS,
  ROLLUP_CLI,
} from "./messages.vi.js";

declare const TONGKET_VERSION: string | undefined;
export const VERSION = typeof TONGKET_VERSION === "string" ? TONGKET_VERSION : "0.0.0-dev";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Transient progress text; given only when stderr is a terminal, so pipes stay quiet. */
  progress?: (text: string) => void;
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  ...(process.stderr.isTTY
    ? { progress: (text: string) => process.stderr.write(`\r${text}\u001b[K`) }
    : {}),
};

/** INPUT: an XLSX file, or `--sheet ID_OR_URL [--credentials FILE]`. */
function withSource(command: Command, inputHelp: string): Command {
  return command
    .argument(PLACEHOLDERS.input, inputHelp)
    .option(`--sheet ${PLACEHOLDERS.sheet}`, ARCHIVE.optSheet)
    .option(`--credentials ${PLACEHOLDERS.credentials}`, ARCHIVE.optCredentials);
}

/** `-o FILE`, given once: a second -o is an error rather than "the last one wins". */
function withOutput(command: Command, help: string): Command {
  return command.option(
    `-o, --output ${PLACEHOLDERS.output}`,
    help,
    (value: string, previous: string | undefined) => {
      if (previous !== undefined)
        throw new InvalidArgumentError(CLI.repeatedOutput(previous, value));
      return value;
    },
  );
}

/** INPUT, and an output file that is never overwritten without --force. */
function withInput(command: Command, inputHelp: string, outputHelp: string): Command {
  return withOutput(withSource(command, inputHelp), outputHelp).option("--force", CLI.optForce);
}

/** Each command's help ends with a worked example and the exit codes. */
function withExamples(command: Command, name: keyof typeof CLI_EXAMPLES): Command {
  return command.addHelpText("after", `\n${CLI_EXAMPLES[name]}\n\n${CLI.exitCodesHelp}`);
}

function program(io: Io, setExit: (code: number) => void): Command {
  const cmd = new Command("tongket")
    .description(CLI.description)
    .version(VERSION, "-V, --version", CLI.versionOption)
    .helpOption("-h, --help", CLI.helpOption)
    .helpCommand("help [command]", CLI.helpCommand)
    .configureHelp({
      styleTitle: (title) => CLI.helpTitles[title] ?? title,
      styleUsage: usageWords,
      styleSubcommandTerm: usageWords,
    })
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      outputError: () => {},
    });
  const ctx = realContext(VERSION, sourceOverrides());
  const perform = async (plan: Promise<Plan>) => setExit(await performPlan(await plan, io));
  withExamples(withOutput(cmd.command("template"), CLI.optOutput), "template")
    .description(CLI.templateDescription)
    .option("--blank", CLI.optBlank)
    .option("--force", CLI.optForce)
    // Each command's module (and the libraries only it needs: exceljs, docx, resvg) is loaded
    // when that command runs, so `--version`, `--help` and `check` start without them.
    .action((options) =>
      perform(import("./commands/template.js").then((m) => m.templatePlan(options, ctx))),
    );
  withExamples(withSource(cmd.command("check"), CLI.argFile), "check")
    .description(CLI.checkDescription)
    .option("--json", CLI.optJson)
    .action((input: string | undefined, options) =>
      perform(import("./commands/check.js").then((m) => m.checkPlan(input, options, ctx))),
    );
  withExamples(withInput(cmd.command("export"), ARCHIVE.argInput, CLI.optOutput), "export")
    .description(ARCHIVE.exportDescription)
    .action((input: string | undefined, options) =>
      perform(import("./commands/export.js").then((m) => m.exportPlan(input, options, ctx))),
    );
  withExamples(withInput(cmd.command("draft"), DRAFT_CLI.argInput, CLI.optDraftOutput), "draft")
    .description(CLI.draftDescription)
    .option(`--kind ${PLACEHOLDERS.kind}`, CLI.optKind)
    .option(`--nam-hoc ${PLACEHOLDERS.schoolYear}`, CLI.optNamHoc)
    .action((input: string | undefined, options) =>
      perform(import("./commands/draft.js").then((m) => m.draftPlan(input, options, ctx))),
    );
  withExamples(withOutput(cmd.command("tong-hop"), ROLLUP_CLI.optOutput), "tong-hop")
    .description(ROLLUP_CLI.description)
    .argument(PLACEHOLDERS.workbooks, ROLLUP_CLI.argWorkbooks)
    .option(`--du-thao ${PLACEHOLDERS.draft}`, ROLLUP_CLI.optDraft)
    .option("--force", CLI.optForce)
    .action((inputs: string[], options) =>
      perform(
        import("./commands/tong-hop.js").then((m) =>
          m.tongHopPlan(inputs, options, { ...ctx, progress: io.progress }),
        ),
      ),
    );
  return cmd;
}

/**
 * Where the live reader sends its requests: Google unless TONGKET_SHEETS_ROOT_URL names
 * another API root (the end-to-end tests point it at a local server).
 */
function sourceOverrides(): Partial<SourceOptions> | undefined {
  const rootUrl = process.env.TONGKET_SHEETS_ROOT_URL;
  return rootUrl ? { sheets: { rootUrl } } : undefined;
}

/** "[options]" and "[command]" in usage lines, in Vietnamese. */
function usageWords(text: string): string {
  return text.replace(/\[(options|command)\]/g, (w) => CLI_USAGE_WORDS[w] ?? w);
}

/** Commander's English error, said in Vietnamese where we know its kind. */
function usageDetail(error: CommanderError): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  // Commander's own suggestion for a typo ("(Did you mean check?)"), said in Vietnamese.
  const suggestion = /\(Did you mean (.+?)\?\)/.exec(error.message)?.[1];
  const hint = suggestion ? ` ${CLI.didYouMean(suggestion)}` : "";
  switch (error.code) {
    case "commander.missingArgument":
      return CLI.missingArgument(quoted);
    case "commander.unknownOption":
      return CLI.unknownOption(quoted) + hint;
    case "commander.unknownCommand":
      return CLI.unknownCommand(quoted) + hint;
    case "commander.invalidArgument":
      return error.message.replace(/^error:.*?is invalid\.\s*/s, "");
    case "commander.excessArguments":
      return CLI.excessArguments;
    case "commander.optionMissingArgument":
      return CLI.optionMissingArgument(quoted);
    default:
      return error.message.replace(/^error:\s*/, "");
  }
}

/** Runs the command line and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  const cmd = program(io, (c) => {
    code = c;
  });
  try {
    await cmd.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
      ) {
        // Help asked for exits 0; help shown because no command was given is a usage error.
        return error.exitCode === 0 ? 0 : 2;
      }
      io.err(CLI.usageError(usageDetail(error)));
      return 2;
    }
    if (error instanceof UserError) {
      io.err(error.message);
      return error.exitCode;
    }
    // A system error's own text is English and names its errno ("ENOENT: …"): say its reason.
    const detail = errorCode(error)
      ? reasonOf(error)
      : error instanceof Error
        ? error.message
        : String(error);
    io.err(CLI.unexpected(detail));
    return 2;
  }
}
