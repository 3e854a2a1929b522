// Fetches a file a person sent the bot in Teams. Teams gives a pre-authorised download URL; it must be
// https (plain http only when authentication is off, i.e. locally and in tests), small, and quick.
import type { Attachment } from "botbuilder";
import { DomainError } from "../services/errors";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

export interface ReceivedFile {
  fileName: string;
  url: string;
}

/** The file attachments of a message: Teams' download info, or a plain file with a content URL. */
export function fileAttachments(attachments: Attachment[] | undefined): ReceivedFile[] {
  return (attachments ?? []).flatMap((attachment) => {
    const content = attachment.content as { downloadUrl?: unknown } | undefined;
    if (attachment.contentType === "application/vnd.microsoft.teams.file.download.info") {
      return typeof content?.downloadUrl === "string"
        ? [{ fileName: attachment.name ?? "fil", url: content.downloadUrl }]
        : [];
    }
    if (attachment.contentUrl && attachment.name && /\.(xlsx|ya?ml|json)$/i.test(attachment.name)) {
      return [{ fileName: attachment.name, url: attachment.contentUrl }];
    }
    return [];
  });
}

export async function downloadFile(file: ReceivedFile, allowHttp: boolean): Promise<Buffer> {
  const url = new URL(file.url);
  if (url.protocol !== "https:" && !(allowHttp && url.protocol === "http:")) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "Filen kunde inte hämtas: länken från Teams ser inte ut som väntat. Skicka filen igen.",
    );
  }
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: "follow" });
  } catch {
    throw new DomainError(
      "STORAGE_UNAVAILABLE",
      "Filen kunde inte hämtas från Teams just nu. Försök igen om en stund.",
    );
  }
  if (!response.ok) {
    throw new DomainError(
      "STORAGE_UNAVAILABLE",
      `Filen kunde inte hämtas från Teams (svar ${response.status}). Skicka den igen.`,
    );
  }
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > MAX_FILE_BYTES) throw tooLarge();
  const body = Buffer.from(await response.arrayBuffer());
  if (body.length > MAX_FILE_BYTES) throw tooLarge();
  return body;
}

function tooLarge(): DomainError {
  return new DomainError(
    "BAD_ARGUMENT",
    `Filen är för stor: en planfil får vara högst ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
  );
}
