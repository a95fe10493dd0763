// What every command handler receives and returns.
import type { PlanSpec } from "../plans.js";
import type { Store } from "../state/store.js";
import type { Params } from "./params.js";

export type ListFields = "username" | "full";

export interface CommandContext {
  store: Store;
  params: Params;
  /** Server wall-clock now, epoch ms (the clock was read once per request). */
  now: number;
  plans: ReadonlyMap<number, PlanSpec>;
  listFields: ListFields;
}

export interface CommandResult {
  /** The XML document sent back. */
  body: string;
  /** For the request log: `SUCCESS`, `3 accounts`, `5 price plans`... */
  summary: string;
  /** Number of records returned, when the answer is a list. */
  count?: number;
}

export type CommandHandler = (ctx: CommandContext) => CommandResult;
