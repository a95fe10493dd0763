// The emulated server without its socket: state, plans, clock, faults, request log, persistence,
// and the execution of one API command. http/server.ts puts it on the network.
import { createHash, timingSafeEqual } from "node:crypto";
import { isTimeZone } from "@hotspot-iac/core";
import { type Clock, manualClock, systemClock } from "./clock.js";
import type { CommandContext, CommandResult, ListFields } from "./commands/context.js";
import { CommandError } from "./commands/errors.js";
import { Params } from "./commands/params.js";
import { type CommandSpec, findCommand } from "./commands/registry.js";
import { type FaultConfig, FaultInjector } from "./faults.js";
import { DEFAULT_PLANS, loadPlansFile, normalizePlans, type PlanInput, type PlanSpec } from "./plans.js";
import { Redactor } from "./redact.js";
import { formatLogLine, RequestLog, type RequestLogEntry } from "./request-log.js";
import { StatePersistence, readStateFile } from "./state/persistence.js";
import { Store } from "./state/store.js";
import type { AccountRecord, DayStats, GenerationRecord, SessionRecord, StateSnapshot } from "./state/types.js";
import { addTraffic, settleAll } from "./state/usage.js";
import { errorDocument } from "./xml/results.js";

export interface EmulatorCoreOptions {
  /** The server's secret passphrase (the `pass` parameter). Required. */
  passphrase: string;
  /** Persist to this JSON file (loaded at start when it exists). In memory only when absent. */
  stateFile?: string;
  /** Price plans, or a JSON/YAML file of them. Default: DEFAULT_PLANS. */
  plans?: readonly PlanInput[] | string;
  /** A clock, or a start time for a frozen manual clock. Default: the wall clock of `timeZone`. */
  clock?: Clock | Date;
  /** The server's time zone (an IANA name) for the default clock; the machine's zone when absent. */
  timeZone?: string;
  faults?: FaultConfig;
  /** getaccountlist answers: Username only (as seen on real servers, default) or full records. */
  listFields?: ListFields;
  /** Receives one redacted line per request (the CLI prints them to stderr). */
  logger?: (line: string) => void;
}

/** Read access to the emulator's data for tests, write-only fields included. */
export interface EmulatorState {
  accounts(): AccountRecord[];
  account(username: string): AccountRecord | undefined;
  /** All sessions, or one account's, oldest first. */
  sessions(username?: string): SessionRecord[];
  openSessions(): SessionRecord[];
  statistics(): Record<string, DayStats>;
  generations(): GenerationRecord[];
  plans(): PlanSpec[];
  /** Everything, as in the state file. */
  snapshot(): StateSnapshot;
}

/** What one API request came to (before faults that lose the answer). */
export interface Execution {
  spec: CommandSpec | undefined;
  command: string;
  params: Params;
  body: string;
  ok: boolean;
  summary: string;
  count?: number;
  /** A write whose change was made (and must be persisted before answering). */
  committed: boolean;
}

const digest = (s: string): Buffer => createHash("sha256").update(s, "utf8").digest();

export class EmulatorCore {
  readonly store = new Store();
  readonly plans: ReadonlyMap<number, PlanSpec>;
  readonly log = new RequestLog();
  readonly faults: FaultInjector;
  readonly redactor: Redactor;
  readonly persistence: StatePersistence | undefined;
  readonly listFields: ListFields;
  readonly clock: Clock;
  private readonly innerClock: Clock & { offsetMs?: () => number };
  private readonly passDigest: Buffer;
  /** Set by stop(): requests still in flight (a latency fault) are dropped instead of run. */
  closed = false;
  private readonly logger: ((line: string) => void) | undefined;

  constructor(opts: EmulatorCoreOptions) {
    if (typeof opts.passphrase !== "string" || opts.passphrase === "") throw new Error("the emulator needs a passphrase");
    this.passDigest = digest(opts.passphrase);
    this.redactor = new Redactor(opts.passphrase);
    this.logger = opts.logger;
    this.listFields = opts.listFields ?? "username";
    const plans =
      typeof opts.plans === "string" ? loadPlansFile(opts.plans) : normalizePlans(opts.plans ?? DEFAULT_PLANS);
    this.plans = new Map(plans.map((p) => [p.id, p]));
    this.faults = new FaultInjector(opts.faults);

    const saved = opts.stateFile ? readStateFile(opts.stateFile) : undefined;
    if (saved) this.store.load(saved);
    if (opts.timeZone !== undefined && !isTimeZone(opts.timeZone)) throw new Error(`unknown time zone: ${opts.timeZone} (an IANA name such as Europe/Lisbon or UTC)`);
    if (opts.clock instanceof Date) this.innerClock = manualClock(opts.clock);
    else this.innerClock = opts.clock ?? systemClock(saved?.clockOffsetMs ?? 0, opts.timeZone);
    this.clock = {
      now: () => this.innerClock.now(),
      advance: (ms) => this.moveClock(() => this.innerClock.advance(ms)),
      set: (d) => this.moveClock(() => this.innerClock.set(d)),
    };
    if (opts.stateFile) this.persistence = new StatePersistence(opts.stateFile, this.store);
  }

  /**
   * Account the time up to the moment of the jump, then jump. After a jump backwards, consumption
   * resumes from the new time (nothing is given back, nothing is charged twice).
   */
  private moveClock(move: () => void): void {
    settleAll(this.store, this.now());
    move();
    const now = this.now();
    for (const s of this.store.openSessions) if (s.settledAt > now) s.settledAt = now;
    // A system clock's offset is kept in the state so a restarted emulator keeps its time.
    if (this.innerClock.offsetMs) {
      this.store.clockOffsetMs = this.innerClock.offsetMs();
      this.store.touch();
    }
  }

  now(): number {
    return this.clock.now().getTime();
  }

  checkPassphrase(pass: string | undefined): boolean {
    return pass !== undefined && timingSafeEqual(digest(pass), this.passDigest);
  }

  /** Run one API request synchronously. Never throws. */
  execute(method: string, pathname: string, search: URLSearchParams): Execution {
    const spec = findCommand(pathname);
    const params = new Params(search);
    const command = spec?.name ?? sanitisePath(this.redactor.scrub(pathname));
    const base = { spec, command, params };
    const error = (reason: string): Execution => ({
      ...base,
      body: errorDocument(reason),
      ok: false,
      summary: `ERROR: ${reason}`,
      committed: false,
    });
    if (!spec) return error("unknown command");
    // GET only: a HEAD or POST must not create accounts behind a client's back.
    if (method !== "GET") return error("unsupported method");
    if (!this.checkPassphrase(params.str("pass"))) return error("invalid passphrase");
    const now = this.now();
    settleAll(this.store, now);
    const ctx: CommandContext = { store: this.store, params, now, plans: this.plans, listFields: this.listFields };
    let result: CommandResult;
    try {
      result = spec.handler(ctx);
    } catch (err) {
      if (err instanceof CommandError) return error(this.redactor.scrub(err.reason));
      this.logger?.(this.redactor.scrub(`internal error in ${spec.name}: ${(err as Error).stack ?? String(err)}`));
      return error("internal error");
    }
    if (spec.kind === "write") {
      // Safety net for the journal: the named account is saved whatever the handler reported.
      const named = this.store.accounts.get(params.str("account") ?? "");
      if (named) this.store.changed(named);
    }
    const out: Execution = { ...base, body: result.body, ok: true, summary: result.summary, committed: spec.kind === "write" };
    if (result.count !== undefined) out.count = result.count;
    return out;
  }

  record(entry: RequestLogEntry): void {
    this.log.add(entry);
    this.logger?.(this.redactor.scrub(formatLogLine(entry)));
  }

  /** Durable save of everything changed so far (no-op without a state file). */
  async flush(): Promise<void> {
    await this.persistence?.flush();
  }

  addTraffic(username: string, download: number, upload: number): void {
    addTraffic(this.store, username, download, upload, this.now());
  }

  /** Save everything into the state file alone (on stop). */
  async close(): Promise<void> {
    this.closed = true;
    settleAll(this.store, this.now());
    await this.persistence?.close();
  }

  /** Forget all accounts, sessions and statistics (plans and clock stay). */
  reset(): void {
    this.store.clear();
  }

  readonly state: EmulatorState = {
    accounts: () => {
      this.settle();
      return structuredClone([...this.store.accounts.values()]);
    },
    account: (username) => {
      this.settle();
      const a = this.store.accounts.get(username);
      return a && structuredClone(a);
    },
    sessions: (username) => {
      this.settle();
      return structuredClone(username === undefined ? this.store.sessions : this.store.sessions.filter((s) => s.username === username));
    },
    openSessions: () => {
      this.settle();
      return structuredClone([...this.store.openSessions]);
    },
    statistics: () => {
      this.settle();
      return this.store.snapshot().statistics;
    },
    generations: () => structuredClone(this.store.generations),
    plans: () => structuredClone([...this.plans.values()]),
    snapshot: () => {
      this.settle();
      return this.store.snapshot();
    },
  };

  private settle(): void {
    settleAll(this.store, this.now());
  }
}

/** Unknown paths are logged by a bounded, printable form only. */
function sanitisePath(pathname: string): string {
  const p = pathname.slice(0, 80).replace(/[^\w./-]/g, "?");
  return p || "/";
}
