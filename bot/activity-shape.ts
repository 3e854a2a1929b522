// The shape every incoming activity must have before the adapter or any handler sees it: the fields
// the bot reads have the types it reads them as. Teams never sends anything else, so anything else
// is answered 400 at the edge (bot/server.ts) instead of failing deep in a handler with a stack.
import type { Activity } from "botbuilder";
import { z } from "zod";

const MAX_ID = 1_000;
const MAX_TEXT = 100_000;

const account = z.looseObject({
  id: z.string().max(MAX_ID),
  name: z.string().max(MAX_ID).nullish(),
  aadObjectId: z.string().max(MAX_ID).nullish(),
});

const shape = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(MAX_ID).nullish(),
  name: z.string().max(MAX_ID).nullish(),
  channelId: z.string().max(MAX_ID).nullish(),
  serviceUrl: z.string().max(MAX_ID).nullish(),
  locale: z.string().max(64).nullish(),
  text: z.string().max(MAX_TEXT).nullish(),
  replyToId: z.string().max(MAX_ID).nullish(),
  from: account,
  recipient: account.nullish(),
  conversation: z
    .looseObject({
      id: z.string().max(MAX_ID),
      conversationType: z.string().max(64).nullish(),
      tenantId: z.string().max(MAX_ID).nullish(),
    })
    .nullish(),
  channelData: z
    .looseObject({ tenant: z.looseObject({ id: z.string().max(MAX_ID).nullish() }).nullish() })
    .nullish(),
  attachments: z.array(z.looseObject({ contentType: z.string().max(MAX_ID) })).nullish(),
  entities: z.array(z.looseObject({ type: z.string().max(MAX_ID) })).nullish(),
  membersAdded: z.array(account).nullish(),
  membersRemoved: z.array(account).nullish(),
});

/** Where the activity is wrong, by field: for the one warn line (never the values). */
export type ShapeProblem = { path: string; code: string }[];

export function checkActivity(
  body: unknown,
): { ok: true; activity: Activity } | { ok: false; problems: ShapeProblem } {
  // One check on the way in; only a refused body is checked again, to say where it is wrong.
  const checked = activitySchema.safeParse(body);
  if (!checked.success) {
    const issues = shape.safeParse(body).error?.issues ?? [];
    return {
      ok: false,
      problems: issues
        .slice(0, 5)
        .map((issue) => ({ path: issue.path.join(".") || "(body)", code: issue.code })),
    };
  }
  const activity = checked.data;
  // As botbuilder's own request handling does: the protocol's times as dates.
  for (const field of ["timestamp", "localTimestamp", "expiration"] as const) {
    const value: unknown = activity[field];
    if (typeof value === "string") activity[field] = new Date(value);
  }
  return { ok: true, activity };
}

// botbuilder types its request body the same way: a z.custom<Activity> whose check is the shape.
const activitySchema = z.custom<Activity>((value) => shape.safeParse(value).success);
