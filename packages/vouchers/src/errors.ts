// What goes wrong before a card is drawn (unknown extension, missing batch, bad --login-url...):
// one error type, so callers can tell a usage problem from a failure of the server or the disk.
export class VoucherError extends Error {
  override readonly name = "VoucherError";
}
