// A command refused by the server. Becomes HTTP 200 `<Results><Result><Description>ERROR: reason`.
export class CommandError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "CommandError";
  }
}

export const fail = (reason: string): never => {
  throw new CommandError(reason);
};

export const ACCOUNT_DOES_NOT_EXIST = "account does not exist";
