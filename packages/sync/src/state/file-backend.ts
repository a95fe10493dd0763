// The state as a local file (state-file.ts), locked by lock files beside it (lock/lock.ts).
import { acquireLock, type Lock } from "../lock/lock.js";
import type { LockRequest, StateBackend } from "./backend.js";
import { type LoadedState, loadState, saveStateFile } from "./state-file.js";

export class FileBackend implements StateBackend {
  readonly kind = "file";
  constructor(readonly location: string) {}

  async load(): Promise<LoadedState> {
    const loaded = await loadState(this.location);
    loaded.backend = this;
    return loaded;
  }

  save(state: LoadedState): Promise<void> {
    return saveStateFile({ ...state, path: this.location, backend: undefined }).then(() => {
      state.existed = true;
    });
  }

  async replace(state: LoadedState): Promise<void> {
    const serial = state.file.serial ?? 0;
    // saveStateFile bumps the serial: written as one below, so the copy keeps it.
    await saveStateFile({ ...state, path: this.location, backend: undefined, file: { ...state.file, serial: serial - 1 } });
  }

  lock(request: LockRequest): Promise<Lock> {
    return acquireLock({ statePath: this.location, serverUrl: request.servers, waitMs: request.waitMs, onWarning: request.onWarning });
  }
}

/** Where `state` saves and locks: its backend, or the file it was loaded from. */
export function backendOf(state: LoadedState): StateBackend {
  return state.backend ?? new FileBackend(state.path);
}
