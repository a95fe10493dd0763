// What every step of an apply shares: the options, the server's state section (updated in memory
// as writes succeed), events, and the declared accounts and batches the statements name. One
// object passed to each step, instead of closures over the same variables.
import type { Batch, DesiredAccount, HotSpotClient } from "@hotspot-iac/core";
import { type DesiredSite, ownerOf } from "../../plan/desired.js";
import type { ServerState } from "../../state/state-file.js";
import type { ApplyEvent } from "../events.js";
import type { WritePolicy } from "../write.js";

export interface ExecuteOptions {
  client: HotSpotClient;
  state: ServerState;
  /** The site the statements were planned from: the declared accounts and batches they name. */
  desired: DesiredSite;
  /** Changes in flight (default 4); members of a batch use the same bound. */
  concurrency?: number;
  /** Also delete batch members in use (the plan refused them without force). */
  force?: boolean;
  now: () => Date;
  onEvent?: (e: ApplyEvent) => void;
  signal?: AbortSignal;
  policy?: WritePolicy;
  /** Accounts the plan touches, for the start event. */
  accounts?: { create: number; update: number; delete: number };
  /** Called after each finished change: the state section changed (the engine saves it now and then). */
  onCheckpoint?: () => void;
  /** Puts the state section as it is now on disk (write-ahead marks); resolves once durable. */
  persist?: () => Promise<void>;
}

export class RunContext {
  readonly client: HotSpotClient;
  readonly state: ServerState;
  readonly concurrency: number;
  readonly emit: (e: ApplyEvent) => void;
  readonly persist: () => Promise<void>;
  /** Accounts whose create failed: a delete that looks like their old name is not sent. */
  readonly notCreated = new Set<string>();

  constructor(readonly opts: ExecuteOptions) {
    this.client = opts.client;
    this.state = opts.state;
    this.concurrency = Math.max(1, opts.concurrency ?? 4);
    this.emit = opts.onEvent ?? (() => {});
    this.persist = opts.persist ?? (async () => {});
  }

  /** The declared account a statement names (with its secrets): looked up only when its request is built. */
  accountOf(username: string): DesiredAccount {
    const a = this.opts.desired.accounts.get(username);
    if (!a) throw new Error(`account ${username}: not declared in site ${this.opts.desired.name} (the statements belong to another plan)`);
    return a;
  }

  /** A batch no longer declared is only deleted: its prefix is all that is needed. */
  batchOf(prefix: string): Batch {
    return this.opts.desired.batches.find((b) => b.prefix === prefix) ?? { prefix, count: 0 };
  }

  /** Declared accounts and other batches' members are never taken for new members of a batch. */
  isMemberOf(prefix: string, username: string): boolean {
    const o = ownerOf(this.opts.desired, username);
    return o?.kind === "batch" && o.batch.prefix === prefix;
  }
}
