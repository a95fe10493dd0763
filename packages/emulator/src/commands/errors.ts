// A command refused by the server. Becomes HTTP 200 `<Results><Result><Description>ERROR: reason`.
import { HotspotIacError } from "@hotspot-iac/core";
export class CommandError extends HotspotIacError {
  override get code() {
    return "emulator-command" as const;
  }
  constructor(readonly reason: string) {
    super(reason);
    this.name = "CommandError";
  }
}

export const fail = (reason: string): never => {
  throw new CommandError(reason);
};

export const ACCOUNT_DOES_NOT_EXIST = "account does not exist";
