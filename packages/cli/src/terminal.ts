// Where output goes and whether it may be coloured. The only place that looks at TTYs and the
// environment: renderers get a palette, commands get this.
import { type Palette, plainPalette } from "@hotspot-iac/sync";
import pc from "picocolors";

export interface Terminal {
  /** stderr is an interactive terminal outside CI: progress bars instead of plain lines. */
  readonly interactive: boolean;
  /** stdin is a terminal we can prompt on. */
  readonly canPrompt: boolean;
  /** Palette for stdout / stderr (plain when colour is off). */
  readonly out: Palette;
  readonly err: Palette;
  readonly colorOut: boolean;
  readonly colorErr: boolean;
  write(text: string): void;
  /** A line on stderr: notes, progress in CI, warnings. Never mixed into stdout's document. */
  note(text: string): void;
}

export interface TerminalEnv {
  env?: NodeJS.ProcessEnv;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
  /** `--no-color` (commander sets color=false). */
  color?: boolean;
}

/**
 * Colour rules, in order: `--no-color` and NO_COLOR (any non-empty value, no-color.org) turn it off;
 * FORCE_COLOR (not "0") turns it on; otherwise only on a TTY whose TERM is not "dumb".
 */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, flag?: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return Boolean(stream.isTTY) && env.TERM !== "dumb";
}

/** A palette of ANSI colours (Terraform's: green create, yellow update, red delete). */
export function colorPalette(): Palette {
  const c = pc.createColors(true);
  return {
    create: c.green,
    update: c.yellow,
    delete: c.red,
    bold: c.bold,
    dim: c.dim,
    warn: (t) => c.bold(c.yellow(t)),
    error: (t) => c.bold(c.red(t)),
  };
}

export function palette(color: boolean): Palette {
  return color ? colorPalette() : plainPalette;
}

export function terminal(options: TerminalEnv = {}): Terminal {
  const env = options.env ?? process.env;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const stdin = options.stdin ?? process.stdin;
  const colorOut = wantsColor(stdout, env, options.color);
  const colorErr = wantsColor(stderr, env, options.color);
  return {
    interactive: Boolean(stderr.isTTY) && (env.CI === undefined || env.CI === "" || env.CI === "false"),
    canPrompt: Boolean(stdin.isTTY) && Boolean(stderr.isTTY),
    out: palette(colorOut),
    err: palette(colorErr),
    colorOut,
    colorErr,
    write: (text) => void stdout.write(text),
    note: (text) => void stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  };
}
