// How fast V8's old generation may grow: set for the CLI's process only (libraries never set it).
import { setFlagsFromString } from "node:v8";

/**
 * A plan keeps little between collections (~130 MB live at 100,000 accounts) but allocates a lot
 * per request, and V8 lets the old generation grow to up to 4× its live size before a full
 * collection: a 100,000-account plan peaked at ~690 MB RSS. Growing 30% at a time keeps it near
 * 430 MB for no measurable CPU (bench/README.md).
 */
export function growHeapSlowly(): void {
  setFlagsFromString("--heap-growing-percent=30");
}

/**
 * A command that reads no server (validate) keeps what it loads until it exits: 30% steps only
 * repeat full collections over a heap that keeps growing (a tenth of validating 200,000 price
 * plans), so V8 chooses (0).
 */
export function growHeapAsV8Chooses(): void {
  setFlagsFromString("--heap-growing-percent=0");
}
