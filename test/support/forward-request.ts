// Passes one request on to the server at `target` and its answer back: what the loopback proxies in
// front of Azurite share (the faulty one for tests, the counting one for benches). `body`: the
// request's body when the proxy has read it already; otherwise the request is piped on.
import http from "node:http";

export function forwardRequest(
  target: URL,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: { body?: Buffer; agent?: http.Agent } = {},
): void {
  const forward = http.request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: target.host },
      agent: options.agent,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  forward.on("error", () => res.destroy());
  if (options.body) forward.end(options.body);
  else req.pipe(forward);
}
