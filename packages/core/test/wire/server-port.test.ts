// HotSpot's default port: an http URL without one means 82 (the API's port), https means 443.
import { describe, expect, it } from "vitest";
import { serverPort, withDefaultPort } from "../../src/wire/server-port.js";

describe("the server's port", () => {
  it("adds :82 to an http URL without a port and leaves explicit ports and https alone", () => {
    expect(withDefaultPort("http://h")).toBe("http://h:82");
    expect(withDefaultPort("http://u@h/api")).toBe("http://u@h:82/api");
    expect(withDefaultPort("http://h:80")).toBe("http://h:80");
    expect(withDefaultPort("http://[::1]/x")).toBe("http://[::1]:82/x");
    expect(withDefaultPort("https://h")).toBe("https://h");
  });

  it("reads the port a URL is reached on, an explicit :80 included", () => {
    expect(serverPort("http://h")).toBe(82);
    expect(serverPort("http://h:80")).toBe(80);
    expect(serverPort("http://u:p@h:8082/")).toBe(8082);
    expect(serverPort("https://h")).toBe(443);
  });
});
