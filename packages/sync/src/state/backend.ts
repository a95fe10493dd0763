// Where the state lives, behind one interface so the engine does not care: a local file (the
// default, `.hotspot/state.json`) or a PostgreSQL database (`postgres://…` wherever a state file
// can be named), shared by every checkout and CI job that names it. A backend loads and saves the
// whole state (the same records either way) and holds the apply lock of the servers it records:
// lock files beside the state file, or advisory locks in the database, which span machines.
import type { Lock } from "../lock/lock.js";
import type { StateFile } from "./records.js";

export interface LoadedState {
  /** Where it lives, as people read it: a file path, or a database URL without its password. */
  path: string;
  /** False when no state file existed: write-only fields cannot be compared. */
  existed: boolean;
  file: StateFile;
  /** Where saves go; absent: the file at `path`. */
  backend?: StateBackend;
  /** A section was re-keyed in memory (rekey.ts): the next apply writes it even if nothing else changed. */
  rekeyed?: boolean;
  /**
   * The serial as read, kept while saves bump `file.serial`: a saved plan is checked against what
   * the apply found, not against what a fleet's other venues wrote into the same state since.
   */
  readonly loadedSerial?: number;
}

export interface LockRequest {
  /** Every server the run applies to (URLs; locked by canonical identity). */
  servers: readonly string[];
  /** Wait this long for a lock another run holds (default 0: refuse at once, LockHeldError). */
  waitMs?: number;
  /** Told when a lock left by a run that is gone is taken over. */
  onWarning?: (message: string) => void;
}

export interface StateBackend {
  readonly kind: "file" | "postgres";
  /** Where, as people read it: a path, or the database URL without its password. */
  readonly location: string;
  /** The whole state; a missing one loads empty (`existed: false`) with a fresh salt. */
  load(): Promise<LoadedState>;
  /**
   * Save it whole, atomically (a failed save leaves the previous state as it was: StateWriteError),
   * and bump its serial.
   */
  save(state: LoadedState): Promise<void>;
  /** Replace what is stored by `state` (migrate): its serial is kept. */
  replace(state: LoadedState): Promise<void>;
  /** The apply lock of `servers`, held until released (or, in a database, until the process dies). */
  lock(request: LockRequest): Promise<Lock>;
}

/** A database URL: `postgres://` or `postgresql://`. */
export function isDatabaseUrl(where: string): boolean {
  return /^postgres(ql)?:\/\//i.test(where);
}

/** `user:secret@` → `user:***@`: for every message that names a database. */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@?#]*):[^@/?#]*@/i, "$1:***@").replace(/([?&](?:password|sslpassword)=)[^&#]*/gi, "$1***");
}

/** The backend `where` names: a database URL, or a file path. */
export async function openStateBackend(where: string): Promise<StateBackend> {
  if (isDatabaseUrl(where)) {
    // Loaded only when asked for: file users never load the database client.
    const { PostgresBackend } = await import("./postgres-backend.js");
    return new PostgresBackend(where);
  }
  const { FileBackend } = await import("./file-backend.js");
  return new FileBackend(where);
}
