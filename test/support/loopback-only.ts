// Every test process may talk to this machine only: a connection to any other address fails at once,
// so a test that would reach the network fails loudly instead of hanging or leaking data.
import net from "node:net";

const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i;

function hostOf(args: unknown[]): string | undefined {
  const [first, second] = args;
  if (Array.isArray(first)) return hostOf(first);
  if (typeof first === "object" && first !== null) {
    const options = first as { host?: string; path?: string };
    if (options.path) return "localhost";
    return options.host ?? "localhost";
  }
  if (typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first))) {
    return typeof second === "string" ? second : "localhost";
  }
  return "localhost"; // a unix socket path
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const host = hostOf(args);
  if (host !== undefined && !loopback.test(host)) {
    throw new Error(`Test tried to reach ${host}: tests may only use loopback addresses.`);
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
