// A small client for Kolada's API v3: one KPI's value for a municipality (or region) or for an
// organisational unit (OU), one year. Kolada answers
// `{ values: [{ kpi, municipality|ou, period, values: [{ gender: T|K|M, value, status, count }] }] }`;
// the total (gender T) is used. Every failure (timeout, 404, 5xx, malformed JSON) is a Swedish
// note, never an exception, so reading Kolada never breaks a turn or an import.
import { z } from "zod";
import { formatNumber } from "../rules";

const answerSchema = z.object({
  values: z.array(
    z.object({
      kpi: z.string(),
      period: z.coerce.number().int(),
      values: z.array(
        z.object({
          gender: z.string(),
          value: z.number().nullable().optional(),
          status: z.string().nullable().optional(),
        }),
      ),
    }),
  ),
});

export type KoladaReading =
  | { ok: true; value: number; year: number }
  /** Kolada answered, but has no value for that year (not published yet, or hidden). */
  | { ok: true; value: undefined; year: number }
  /** `retryAfterSeconds`: Kolada said 429, too many requests; ask nothing more before then. */
  | { ok: false; note: string; retryAfterSeconds?: number };

export interface KoladaClient {
  municipalityValue(kpi: string, municipality: string, year: number): Promise<KoladaReading>;
  ouValue(kpi: string, ou: string, year: number): Promise<KoladaReading>;
}

export interface KoladaClientOptions {
  /** `https://api.kolada.se/v3`, without a trailing slash. */
  baseUrl: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5000;
/** When a 429 names no (or no readable) Retry-After. */
const DEFAULT_RETRY_AFTER_SECONDS = 60;

/** Retry-After as seconds, or as an HTTP date (RFC 9110); never less than 1 s. */
function retryAfter(header: string | null, now = Date.now()): number {
  if (!header) return DEFAULT_RETRY_AFTER_SECONDS;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header.trim()) : NaN;
  if (Number.isFinite(seconds)) return Math.max(1, seconds);
  const at = Date.parse(header);
  return Number.isNaN(at) ? DEFAULT_RETRY_AFTER_SECONDS : Math.max(1, Math.ceil((at - now) / 1000));
}

export function createKoladaClient(options: KoladaClientOptions): KoladaClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  async function read(path: string, kpi: string, year: number): Promise<KoladaReading> {
    const url = `${options.baseUrl}${path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: "application/json" },
      });
    } catch (error) {
      // Not `instanceof Error`: fetch's errors may come from another realm (as under Jest).
      const timedOut =
        typeof error === "object" &&
        error !== null &&
        "name" in error &&
        error.name === "TimeoutError";
      return {
        ok: false,
        note: timedOut
          ? `Kolada svarade inte inom ${formatNumber(timeoutMs / 1000)} s (${kpi} ${year}). Försök igen senare.`
          : `Kolada gick inte att nå (${kpi} ${year}). Försök igen senare.`,
      };
    }
    if (response.status === 404) {
      return {
        ok: false,
        note: `Kolada känner inte till ${kpi} för ${year} (404). Kontrollera nyckeltalet.`,
      };
    }
    if (response.status === 429) {
      const retryAfterSeconds = retryAfter(response.headers.get("retry-after"));
      return {
        ok: false,
        note: `Kolada vill få färre frågor just nu (429) för ${kpi} ${year}. Försök igen om ${formatNumber(retryAfterSeconds)} s.`,
        retryAfterSeconds,
      };
    }
    if (!response.ok) {
      return {
        ok: false,
        note: `Kolada svarade med ett fel (${response.status}) för ${kpi} ${year}. Försök igen senare.`,
      };
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { ok: false, note: `Kolada svarade med något som inte är JSON (${kpi} ${year}).` };
    }
    const parsed = answerSchema.safeParse(body);
    if (!parsed.success) {
      return { ok: false, note: `Koladas svar hade inte den väntade formen (${kpi} ${year}).` };
    }
    const entry = parsed.data.values.find((v) => v.kpi === kpi && v.period === year);
    const total = entry?.values.find((v) => v.gender === "T");
    const value = typeof total?.value === "number" ? total.value : undefined;
    return { ok: true, value, year };
  }
  return {
    municipalityValue: (kpi, municipality, year) =>
      read(`/data/kpi/${kpi}/municipality/${municipality}/year/${year}`, kpi, year),
    ouValue: (kpi, ou, year) => read(`/oudata/kpi/${kpi}/ou/${ou}/year/${year}`, kpi, year),
  };
}
