// The canonical identity state sections, locks and saved plans are filed under, and the URL plans show.
import { describe, expect, it } from "vitest";
import { publicServerUrl, serverIdentity } from "../../src/wire/server-identity.js";

describe("serverIdentity", () => {
  it("folds the spellings of one server into one identity", () => {
    const same = [
      "http://localhost:8082",
      "http://127.0.0.1:8082/",
      "HTTP://LOCALHOST:8082//",
      "http://[::1]:8082",
      "http://user:pw@127.0.0.1:8082/?pass=x#frag",
    ];
    expect(new Set(same.map(serverIdentity))).toEqual(new Set(["http://localhost:8082"]));
  });

  it("takes 82 as http's port (an explicit :82 is the same server, :80 is not) and 443 as https's", () => {
    expect(serverIdentity("http://10.0.0.2")).toBe(serverIdentity("http://10.0.0.2:82"));
    expect(serverIdentity("http://10.0.0.2:80")).not.toBe(serverIdentity("http://10.0.0.2"));
    expect(serverIdentity("http://10.0.0.2:80")).toBe("http://10.0.0.2:80");
    expect(serverIdentity("https://h.example")).toBe(serverIdentity("https://h.example:443"));
    expect(serverIdentity("https://h.example:82")).toBe("https://h.example:82");
    expect(serverIdentity("https://h.example")).not.toBe(serverIdentity("http://h.example"));
  });

  it("keeps the path (without trailing slashes) and tells other hosts apart", () => {
    expect(serverIdentity("http://h:82/api/")).toBe("http://h/api");
    expect(serverIdentity("http://h:82/api")).not.toBe(serverIdentity("http://h:82"));
    expect(serverIdentity("http://127.0.0.2:82")).not.toBe(serverIdentity("http://127.0.0.1:82"));
  });
});

describe("the URL shown", () => {
  it("shows no user-info, query or fragment, and http's port always", () => {
    expect(publicServerUrl("http://user:pw@127.0.0.1:8082/?token=t#f")).toBe("http://127.0.0.1:8082");
    expect(publicServerUrl("http://h")).toBe("http://h:82");
    expect(publicServerUrl("http://h:80/api/")).toBe("http://h:80/api");
    expect(publicServerUrl("https://h")).toBe("https://h");
  });
});
