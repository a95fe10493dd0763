// undici's Pool, loaded without undici's index: the index also loads fetch, WebSocket, caching and
// cookies, and its cookies module touches `globalThis.Headers`, which makes Node load its own
// bundled copy of undici; together ~30% of the CLI's start-up. The index would also add
// `request` to every dispatcher's prototype; this Pool has it as its own method, the same function.
import type { Dispatcher, Pool as UndiciPool } from "undici";
// @ts-expect-error: undici declares types for its index only; this is the request the index adds.
import apiRequest from "undici/lib/api/api-request.js";
// @ts-expect-error: the same; this is the class the index exports as Pool.
import PoolClass from "undici/lib/dispatcher/pool.js";

type RequestOptions = Parameters<UndiciPool["request"]>[0];
type ResponseData = Dispatcher.ResponseData;

const Base = PoolClass as typeof UndiciPool;
const request = apiRequest as (this: UndiciPool, opts: RequestOptions) => Promise<ResponseData>;

export class Pool extends Base {
  override request(opts: RequestOptions): Promise<ResponseData> {
    return request.call(this, opts);
  }
}
