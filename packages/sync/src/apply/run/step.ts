// One statement's run: its outcome (filled in as requests are answered) and the write policy that
// counts its ambiguous writes.
import type { ChangeOutcome } from "../events.js";
import type { WritePolicy } from "../write.js";
import type { WriteAhead } from "./write-ahead.js";

export interface Step {
  outcome: ChangeOutcome;
  policy: WritePolicy;
  marks: WriteAhead;
}
