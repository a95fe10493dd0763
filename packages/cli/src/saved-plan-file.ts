// Reading a plan file named on the command line (`show FILE`, `apply FILE`): a missing or
// unreadable file says so plainly; only a file that exists and is not a saved plan is called that.
import { readFile } from "node:fs/promises";
import { readSavedPlans, type SavedPlan } from "@hotspot-iac/sync";
import { CliError } from "./errors.js";

/** The plans of the file: one, or one per venue of a fleet's plan. */
export async function readSavedPlanFile(file: string): Promise<SavedPlan[]> {
  try {
    await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory, not a saved plan" : `cannot read it (${code ?? "error"})`;
    throw new CliError(`${file}: ${why}`);
  }
  try {
    return await readSavedPlans(file);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}
