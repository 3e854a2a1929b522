// A stand-alone Azurite table service in a child process of its own, for tests that stop, freeze
// (SIGSTOP/SIGCONT) and restart storage under a running bot, or run it with HTTPS and OAuth.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { azuriteConnectionString } from "../../services/storage/azurite";

const bin = path.resolve(__dirname, "..", "..", "node_modules", ".bin", "azurite-table");

export interface AzuriteProcessOptions {
  /** Folder for its data (kept on disk, so a restart on the same folder keeps the rows). */
  location?: string;
  /** Keep the rows in memory only (`--inMemoryPersistence`), instead of in `location`. */
  inMemory?: boolean;
  /** 0 or left out: a free port. */
  port?: number;
  /** HTTPS with this certificate and key, and Entra ID bearer tokens checked (`--oauth basic`). */
  tls?: { cert: string; key: string };
}

export interface AzuriteProcess {
  port: number;
  connectionString: string;
  child: ChildProcess;
  freeze(): void;
  thaw(): void;
  /** Ends the process (SIGTERM, so it writes its data) and waits for it to exit. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

export async function startAzuriteProcess(options: AzuriteProcessOptions): Promise<AzuriteProcess> {
  const port = options.port || (await freePort());
  const args = [
    "--tableHost",
    "127.0.0.1",
    "--tablePort",
    String(port),
    ...(options.location === undefined ? [] : ["--location", options.location]),
    "--skipApiVersionCheck",
    "--disableTelemetry",
    "--silent",
    ...(options.inMemory ? ["--inMemoryPersistence"] : []),
    ...(options.tls
      ? ["--cert", options.tls.cert, "--key", options.tls.key, "--oauth", "basic"]
      : []),
  ];
  const child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`Azurite did not start:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (/successfully (started|listening)/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited before listening:\n${output}`));
    });
  });
  return {
    port,
    connectionString: azuriteConnectionString(port),
    child,
    freeze: () => child.kill("SIGSTOP"),
    thaw: () => child.kill("SIGCONT"),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGCONT");
      child.kill("SIGTERM");
      await exited;
    },
  };
}
