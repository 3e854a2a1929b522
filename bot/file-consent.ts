// The person accepted a file the bot offered (the period export): the access policy is asked again
// with what the consent card's context names, the file is uploaded to the URL Teams gave, and the
// person gets the file card. A context or upload info that is not ours is answered, never trusted.
import { MessageFactory, type FileConsentCardResponse, type TurnContext } from "botbuilder";
import { z } from "zod";
import { DomainError } from "../services/errors";
import { authorize, type AccessDeps } from "./access-check";
import { fileInfoCard, uploadFile } from "./file-upload";
import { resolveSender, type IdentityDeps } from "./identity";
import { textMessage } from "./replies";
import type { Uses } from "./services";

const exportContext = z.object({
  kind: z.literal("periodExport"),
  planId: z.string(),
  periodId: z.string(),
});
const uploadInfo = z.object({
  name: z.string(),
  uploadUrl: z.string().url(),
  contentUrl: z.string().url(),
  uniqueId: z.string(),
  fileType: z.string().optional(),
});

export type FileConsentDeps = AccessDeps & IdentityDeps & Uses<"config" | "summaryReader">;

export async function acceptFileConsent(
  services: FileConsentDeps,
  context: TurnContext,
  response: FileConsentCardResponse,
): Promise<void> {
  const request = exportContext.safeParse(response.context);
  const upload = uploadInfo.safeParse(response.uploadInfo);
  if (!request.success || !upload.success) {
    await context.sendActivity(
      textMessage("Jag förstod inte vilken fil du ville ha. Be om exporten igen."),
    );
    return;
  }
  const sender = await resolveSender(context, services);
  try {
    await authorize(services, context, sender, {
      access: "administer",
      what: "fileConsent.periodExport",
      planId: request.data.planId,
    });
    const file = await services.summaryReader.exportPeriod(
      request.data.planId,
      request.data.periodId,
    );
    await uploadFile(upload.data.uploadUrl, file.content, services.config.auth.appId === "");
    const { name, contentUrl, uniqueId, fileType } = upload.data;
    await context.sendActivity(
      MessageFactory.attachment(fileInfoCard(name, contentUrl, uniqueId, fileType ?? "xlsx")),
    );
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    await context.sendActivity(textMessage(error.message));
  }
}
