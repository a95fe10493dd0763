// Apply progress: a bar on an interactive terminal, one plain line per finished change elsewhere
// (CI logs read top to bottom and must not fill with carriage returns), and there, for each change
// still running, a `Still creating… 1,200/5,000 accounts [20s elapsed]` line every 10 s. On a
// terminal, a change that counts accounts (a batch) leaves one line when it ends with its final
// count: the bar redraws at most ten times a second, so what it showed last says nothing.
import cliProgress from "cli-progress";
import { counted, heartbeat } from "./heartbeat.js";
import type { Terminal } from "./terminal.js";

export interface Progress {
  start(total: number): void;
  /** A change started: `label` like `batch "CONF-"`, `verb` like `creating`. */
  begin(label: string, verb: string): void;
  /** Accounts done inside a change (batch members), counted once each. */
  advance(label: string, done: number, total: number): void;
  /** One unit of work finished: `ok` false with an error. */
  done(label: string, verb: string, error?: string): void;
  /** A note that must not be overwritten by the bar. */
  log(text: string): void;
  stop(): void;
}

export function createProgress(term: Terminal, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!term.interactive) return plainProgress(term);
  const p = term.err;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `Applying ${p.create("{bar}")} {value}/{total} {last}`,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 30,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let failed = 0;
  let total = 0;
  let count = 0;
  const counts = new Map<string, string>();
  // Lines printed while the bar runs: stop it, print, draw it again below.
  const above = (text: string) => {
    bar.stop();
    stream.write(`${text}\n`);
    bar.start(total, count, { last: "" });
  };
  return {
    start(n) {
      total = n;
      bar.start(n, 0, { last: "" });
    },
    begin() {},
    advance(label, done, of) {
      counts.set(label, counted(done, of));
      bar.update(count, { last: `${label}: ${counted(done, of)}` });
    },
    done(label, verb, error) {
      count++;
      const accounts = counts.get(label);
      counts.delete(label);
      if (error) {
        failed++;
        above(`${p.error("✗")} ${label}: ${error}${accounts ? ` (${accounts})` : ""}`);
      } else if (accounts) above(`${label}: ${verb}, ${accounts}`);
      bar.update(count, { last: failed > 0 ? `(${failed} failed) ${label} ${verb}` : `${label} ${verb}` });
    },
    log: above,
    stop: () => bar.stop(),
  };
}

interface Running {
  beat: { stop: () => void };
  done?: number;
  total?: number;
}

function plainProgress(term: Terminal): Progress {
  let total = 0;
  let count = 0;
  const running = new Map<string, Running>();
  const width = () => String(total).length;
  const end = (label: string) => {
    running.get(label)?.beat.stop();
    running.delete(label);
  };
  return {
    start(n) {
      total = n;
    },
    begin(label, verb) {
      end(label);
      const op: Running = {
        beat: heartbeat((time) => {
          const n = op.total !== undefined ? ` ${counted(op.done ?? 0, op.total)}` : "";
          term.note(`${label}: Still ${verb}…${n} [${time} elapsed]`);
        }),
      };
      running.set(label, op);
    },
    advance(label, done, of) {
      const op = running.get(label);
      if (op) Object.assign(op, { done, total: of });
    },
    done(label, verb, error) {
      end(label);
      count++;
      const at = `[${String(count).padStart(width())}/${total}]`;
      term.note(error ? `${at} ${label}: failed: ${error}` : `${at} ${label}: ${verb}`);
    },
    log: (text) => term.note(text),
    stop() {
      for (const label of [...running.keys()]) end(label);
    },
  };
}
