// Loads our .proto subset into gRPC service definitions.
import { type GrpcObject, loadPackageDefinition, type ServiceDefinition } from "@grpc/grpc-js";
import { fromJSON } from "@grpc/proto-loader";
import protobuf from "protobufjs";
import { protoSources } from "./proto-sources.js";

export interface ProtocolServices {
  provider: ServiceDefinition;
  controller: ServiceDefinition;
  stdio: ServiceDefinition;
  broker: ServiceDefinition;
}

export function loadProtocol(): ProtocolServices {
  const root = new protobuf.Root();
  for (const [name, text] of Object.entries(protoSources())) {
    protobuf.parse(text, root, { keepCase: true });
    root.files.push(name);
  }
  // longs as Number: the only int64 fields we read are small (versions, list indexes).
  const definition = fromJSON(root.toJSON(), { keepCase: true, longs: Number, enums: Number, defaults: true, oneofs: true });
  const grpc = loadPackageDefinition(definition);
  const service = (pkg: string, name: string) => ((grpc[pkg] as GrpcObject)[name] as { service: ServiceDefinition }).service;
  return {
    provider: service("tfplugin6", "Provider"),
    controller: service("plugin", "GRPCController"),
    stdio: service("plugin", "GRPCStdio"),
    broker: service("plugin", "GRPCBroker"),
  };
}
