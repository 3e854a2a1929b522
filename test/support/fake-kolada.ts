// A local Kolada on 127.0.0.1 that answers in the documented v3 shape: `/data/kpi/{kpi}/municipality/
// {m}/year/{y}` and `/oudata/kpi/{kpi}/ou/{ou}/year/{y}`, with `values[].values[]` per gender.
// Per KPI it can also be slow, answer 404, 500 or 429 (with Retry-After), or send malformed JSON.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type FakeBehaviour = "slow" | "notFound" | "serverError" | "malformed" | "tooMany";

export interface FakeKolada {
  url: string;
  /** The total (gender T) for a KPI, a municipality or OU id, and a year. */
  setValue(kpi: string, where: string, year: number, value: number): void;
  /** `undefined`: answer normally again. */
  behave(kpi: string, behaviour: FakeBehaviour | undefined): void;
  /** Paths asked, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeKolada(options: { slowMs?: number } = {}): Promise<FakeKolada> {
  const values = new Map<string, number>();
  const behaviours = new Map<string, FakeBehaviour>();
  const requests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((request, response) => {
    const path = request.url ?? "";
    requests.push(path);
    const match =
      /^\/v3\/(data|oudata)\/kpi\/([^/]+)\/(municipality|ou)\/([^/]+)\/year\/(\d{4})$/.exec(path);
    if (!match) {
      reply(response, 404, "");
      return;
    }
    const [, , kpi = "", kind = "", where = "", year = ""] = match;
    const behaviour = behaviours.get(kpi);
    if (behaviour === "notFound") return reply(response, 404, "");
    if (behaviour === "serverError") return reply(response, 500, "Internal error");
    if (behaviour === "malformed") return reply(response, 200, '{"values": [');
    if (behaviour === "tooMany") {
      response.setHeader("retry-after", "120");
      return reply(response, 429, "Too many requests");
    }
    const value = values.get(`${kpi}|${where}|${year}`);
    const body = {
      values:
        value === undefined
          ? []
          : [
              {
                kpi,
                [kind]: where,
                period: Number(year),
                values: [
                  { count: 1, gender: "K", status: "", value: value + 1 },
                  { count: 1, gender: "M", status: "", value: value - 1 },
                  { count: 1, gender: "T", status: "", value },
                ],
              },
            ],
      count: value === undefined ? 0 : 1,
    };
    const send = () => reply(response, 200, JSON.stringify(body));
    if (behaviour === "slow") {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!response.destroyed) send();
      }, options.slowMs ?? 2000);
      timers.add(timer);
    } else {
      send();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v3`,
    setValue: (kpi, where, year, value) => values.set(`${kpi}|${where}|${year}`, value),
    behave: (kpi, behaviour) =>
      behaviour === undefined ? behaviours.delete(kpi) : behaviours.set(kpi, behaviour),
    requests,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Not chained: restify, loaded in the same process by bot tests, changes what writeHead returns. */
function reply(response: http.ServerResponse, status: number, body: string): void {
  response.statusCode = status;
  response.setHeader("content-type", "application/json");
  response.end(body);
}
