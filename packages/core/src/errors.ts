// The one base of every error class in hotspot-iac, and the table of their codes. A program tells
// errors apart by `code` (stable across releases; names and messages may be reworded), not by
// `instanceof` across package copies or by parsing messages. Classes define `code` as a prototype getter,
// not an own property, so errors print, compare and serialise as they did before it existed.
// packages/release/test/errors.test.ts checks that every error class extends HotspotIacError and
// has a code of its own from this table.

/** Every code, what it means, and the class that carries it. */
export const ERROR_CODES = {
  // core: configuration
  "config-invalid": "LoadError: the configuration has errors (`diagnostics` lists them)",
  "yaml-not-handled": "NotHandled (internal): the fast YAML path leaves the file to the complete parser",
  // core: the wire client
  "hotspot-request": "HotSpotError: a HotSpot command failed; `kind` says how, `mayHaveCommitted` whether a write may have happened",
  "response-format": "ResponseFormatError (internal): an answer is not the XML expected",
  "response-mismatch": "ResponseMismatchError (internal): a well-formed answer about something else than was asked",
  "server-refusal": "ServerRefusal (internal): the server's Description is not SUCCESS",
  "body-too-large": "BodyTooLargeError (internal): an answer exceeds the byte limit",
  "xml-syntax": "XmlSyntaxError (internal): an answer is not well-formed XML",
  // sync
  // PlanAbortedError: nothing was planned, because the read
  "read-failed": "PlanAbortedError: ... failed (`cause` is the wire error)",
  "empty-read": "PlanAbortedError: ... shows none of the accounts the state says this checkout owns (forceable)",
  "changed-during-read": "PlanAbortedError: ... found a listed account gone: the server changed meanwhile",
  "incomplete-read": "PlanAbortedError: ... got a list that leaves out accounts this checkout created and that still exist",
  "plan-refused": "PlanRefusedError: the plan has error diagnostics (forceable ones pass with force)",
  "plan-stale": "StalePlanError: the server or state changed since the saved plan was made",
  "plan-already-applied": "PlanAlreadyAppliedError: the saved plan's changes are all made already",
  "lock-held": "LockHeldError: another apply holds the server's or the state's lock",
  "partial-create": "PartialCreateError: an account was created but its follow-up update failed",
  "state-write": "StateWriteError: the state could not be written (`errno` says why)",
  "state-not-saved": "StateNotSavedError: an apply ended without saving its state (`cause` is the StateWriteError)",
  "state-migrate-refused": "StateMigrateRefusedError: migrating would replace a newer state",
  "file-shape": "FileShapeError: a state or saved-plan file does not have the expected shape",
  // vouchers
  voucher: "VoucherError: voucher cards cannot be printed as asked",
  // emulator
  "emulator-command": "CommandError (internal): the emulator refuses a command as the server would",
  "emulator-admin-http": "HttpError (internal): the emulator's admin API refuses a request",
  // terraform-provider
  "provider-diagnostic": "DiagnosticError: a provider failure reported to Terraform as a diagnostic",
  "provider-partial-state": "PartialStateError: a resource operation failed after changing some of its state",
  "provider-handshake": "HandshakeError: the plugin was not started by Terraform (or a protocol it speaks)",
  "provider-grpc": "GrpcError (internal): a gRPC call refused with its status (a malformed or unknown call)",
  // cli
  cli: "CliError: the command failed with a message for the user and an exit code",
  "output-format": "OutputFormatError: an --output format the command does not offer",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export abstract class HotspotIacError extends Error {
  /** Stable: a key of ERROR_CODES, one per class (PlanAbortedError has one per reason). */
  abstract readonly code: ErrorCode;
}
