// What goes wrong before a card is drawn (unknown extension, missing batch, bad --login-url...):
// one error type, so callers can tell a usage problem from a failure of the server or the disk.
import { HotspotIacError } from "@hotspot-iac/core";
export class VoucherError extends HotspotIacError {
  override get code() {
    return "voucher" as const;
  }
  override readonly name = "VoucherError";
}
