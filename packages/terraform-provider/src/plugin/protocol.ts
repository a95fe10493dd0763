// Our .proto subset, loaded with protobufjs: for each method, by its gRPC path
// (`/tfplugin6.Provider/PlanResourceChange`), how its request is decoded and
// its response encoded.
import protobuf from "protobufjs";
import { protoSources } from "./proto-sources.js";

// biome-ignore lint/suspicious/noExplicitAny: protobuf messages are plain objects at this boundary
export type Message = any;

export interface MethodCodec {
  decodeRequest(bytes: Uint8Array): Message;
  encodeResponse(message: Message): Uint8Array;
}

// Requests as plain objects with every field present (defaults filled in), enums and
// longs as numbers: the only int64 fields we read are small (versions, list indexes).
const TO_OBJECT: protobuf.IConversionOptions = { longs: Number, enums: Number, defaults: true, oneofs: true };

export function loadProtocol(): Map<string, MethodCodec> {
  const root = new protobuf.Root();
  for (const [name, text] of Object.entries(protoSources())) {
    protobuf.parse(text, root, { keepCase: true });
    root.files.push(name);
  }
  root.resolveAll();
  const methods = new Map<string, MethodCodec>();
  const visit = (ns: protobuf.NamespaceBase) => {
    for (const child of ns.nestedArray) {
      if (child instanceof protobuf.Service) {
        const service = child.fullName.replace(/^\./, "");
        for (const m of child.methodsArray) {
          const req = m.resolvedRequestType!;
          const res = m.resolvedResponseType!;
          methods.set(`/${service}/${m.name}`, {
            decodeRequest: (bytes) => req.toObject(req.decode(bytes), TO_OBJECT),
            // encode takes a plain object of the message's shape: no intermediate message instance.
            encodeResponse: (message) => res.encode(message).finish(),
          });
        }
      } else if (child instanceof protobuf.Namespace) visit(child);
    }
  };
  visit(root);
  return methods;
}
