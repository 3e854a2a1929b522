// Sends a file to a person the way Teams bots do: a file consent card; when the person accepts, Teams
// gives an upload URL in their OneDrive, the bot puts the bytes there and answers with a file card.
import type { Attachment } from "botbuilder";
import { DomainError } from "../services/errors";

export const FILE_CONSENT_CONTENT_TYPE = "application/vnd.microsoft.teams.card.file.consent";
export const FILE_INFO_CONTENT_TYPE = "application/vnd.microsoft.teams.card.file.info";

export function fileConsentCard(
  fileName: string,
  description: string,
  size: number,
  context: Record<string, unknown>,
): Attachment {
  return {
    contentType: FILE_CONSENT_CONTENT_TYPE,
    name: fileName,
    content: { description, sizeInBytes: size, acceptContext: context, declineContext: context },
  };
}

/** PUTs the whole file to the upload URL Teams gave (https; plain http only when auth is off). */
export async function uploadFile(
  uploadUrl: string,
  content: Buffer,
  allowHttp: boolean,
): Promise<void> {
  const url = new URL(uploadUrl);
  if (url.protocol !== "https:" && !(allowHttp && url.protocol === "http:")) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "Teams gav en uppladdningsadress jag inte litar på. Be om exporten igen.",
    );
  }
  const response = await fetch(url, {
    method: "PUT",
    headers: {
      "content-length": String(content.length),
      "content-range": `bytes 0-${content.length - 1}/${content.length}`,
    },
    body: content,
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) {
    throw new DomainError(
      "STORAGE_UNAVAILABLE",
      `Filen kunde inte laddas upp till din OneDrive (svar ${response.status}). Försök igen.`,
    );
  }
}

export function fileInfoCard(
  name: string,
  contentUrl: string,
  uniqueId: string,
  fileType: string,
): Attachment {
  return { contentType: FILE_INFO_CONTENT_TYPE, name, contentUrl, content: { uniqueId, fileType } };
}
