// Apply progress: a bar on an interactive terminal, one plain line per finished change elsewhere
// (CI logs read top to bottom and must not fill with carriage returns).
import cliProgress from "cli-progress";
import type { Terminal } from "./terminal.js";

export interface Progress {
  start(total: number): void;
  /** One unit of work finished: `label` like `account "staff-alice"`, `ok` false with an error. */
  done(label: string, verb: string, error?: string): void;
  /** A note that must not be overwritten by the bar. */
  log(text: string): void;
  /** Work inside the current change (batch members): shown on the bar only. */
  status(text: string): void;
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
    done(label, verb, error) {
      count++;
      if (error) {
        failed++;
        above(`${p.error("✗")} ${label}: ${error}`);
      }
      bar.update(count, { last: failed > 0 ? `(${failed} failed) ${label} ${verb}` : `${label} ${verb}` });
    },
    log: above,
    status: (text) => bar.update(count, { last: text }),
    stop: () => bar.stop(),
  };
}

function plainProgress(term: Terminal): Progress {
  let total = 0;
  let count = 0;
  const width = () => String(total).length;
  return {
    start(n) {
      total = n;
    },
    done(label, verb, error) {
      count++;
      const at = `[${String(count).padStart(width())}/${total}]`;
      term.note(error ? `${at} ${label}: failed: ${error}` : `${at} ${label}: ${verb}`);
    },
    log: (text) => term.note(text),
    status() {},
    stop() {},
  };
}
