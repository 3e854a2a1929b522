// One pino logger per process, passed in; modules take `logger.child({ module })`. Never log tokens,
// secrets or what people write in reports: the redaction list catches the usual places.
import pino, { type Logger } from "pino";

export type { Logger };

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: "uppfoljningsboten" },
      redact: {
        paths: [
          "*.authorization",
          "*.Authorization",
          "*.headers.authorization",
          "*.password",
          "*.appPassword",
          "*.connectionString",
          "*.value.text",
          "*.comment",
          "*.narrative",
        ],
        censor: "[dolt]",
      },
    },
    destination,
  );
}

/** A logger that drops everything: for tests and tools that log nothing. */
export const silentLogger: Logger = pino({ level: "silent" });
