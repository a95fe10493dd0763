// Group commit of the state file. Write-ahead marks (fields owed before a multi-request write)
// must be on disk before their request is sent, but one fsync'd write per change would serialise
// a 2,000-change apply behind the disk. Callers mark the in-memory state, then await flush():
// if no write runs, one starts now; if one runs, every caller that came meanwhile shares the
// single write that starts when it ends (it saves everything marked so far).
import { type LoadedState, saveState } from "./state-file.js";

export class StateWriter {
  private running: Promise<void> | undefined;
  private next: Promise<void> | undefined;
  /** Writes done, for tests and measurements. */
  writes = 0;

  constructor(private readonly state: LoadedState) {}

  /** Resolves once the state as it is now is on disk. */
  flush(): Promise<void> {
    if (!this.running) {
      this.running = this.write().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    // The write in progress may have serialised the state before this caller's marks: wait for the next.
    this.next ??= this.running
      .catch(() => {})
      .then(() => {
        this.next = undefined;
        return this.flush();
      });
    return this.next;
  }

  private async write(): Promise<void> {
    this.writes++;
    await saveState(this.state);
  }
}
