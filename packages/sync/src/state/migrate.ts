// `hotspot state migrate`: move a whole state from one backend to another (file ⇄ database),
// keeping its salt (so its hashes stay valid) and serial. Never over a newer state: a target whose
// serial is higher has seen applies the source has not, and would lose them.
import type { StateBackend } from "./backend.js";
import { HotspotIacError } from "@hotspot-iac/core";

export class StateMigrateRefusedError extends HotspotIacError {
  override get code() {
    return "state-migrate-refused" as const;
  }
  override readonly name = "StateMigrateRefusedError";
}

export interface MigrateResult {
  serial: number;
  servers: string[];
  /** The target held a state before (now replaced). */
  replaced: boolean;
}

export async function migrateState(from: StateBackend, to: StateBackend): Promise<MigrateResult> {
  const source = await from.load();
  if (!source.existed) throw new StateMigrateRefusedError(`there is no state at ${from.location} to migrate`);
  const servers = Object.keys(source.file.servers).sort();
  // No apply may write the target while it is replaced.
  const lock = await to.lock({ servers });
  try {
    const target = await to.load();
    const serial = source.file.serial ?? 0;
    const theirs = target.file.serial ?? 0;
    if (target.existed && theirs > serial) {
      throw new StateMigrateRefusedError(
        `the state at ${to.location} is newer (serial ${theirs}) than the one at ${from.location} (serial ${serial}): not overwritten. Migrate the other way, or move it aside first.`,
      );
    }
    await to.replace(source);
    return { serial, servers, replaced: target.existed && Object.keys(target.file.servers).length > 0 };
  } finally {
    await lock.release();
  }
}
