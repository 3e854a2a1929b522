// The building blocks every part of a plan's schema is made of: ids, addresses, texts and dates,
// each with its Swedish message (plan-schema.ts puts the plan together).
import { z } from "zod";
import { upnProblem } from "../people/upn";

const idPattern = /^[A-Za-z0-9ÅÄÖåäöÉéÜü][A-Za-z0-9ÅÄÖåäöÉéÜü._-]{0,63}$/;
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** UPN or e-mail: name@domain.tld, no spaces. The same test as config's BOT_ADMINS. */
export const upnPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export const text = z.string().trim().min(1, { error: "Får inte vara tomt." });
export const optionalText = z.string().trim().optional();

/** An id that results and other tables key on: stable from one import to the next. */
export const idSchema = z
  .string()
  .regex(idPattern, {
    error:
      "Ska vara 1–64 tecken: bokstäver, siffror, punkt, bindestreck eller understreck (inga mellanslag).",
  })
  .meta({ description: "Stabil id: bokstäver, siffror, punkt, bindestreck, understreck." });

export const upnSchema = z
  .string()
  .trim()
  .regex(upnPattern, { error: "Ska vara en e-postadress eller UPN (namn@domän.se)." })
  .superRefine((value, context) => {
    const problem = upnPattern.test(value) ? upnProblem(value) : undefined;
    if (problem) context.addIssue({ code: "custom", message: `Adressen ${problem}.` });
  })
  .meta({ description: "UPN eller e-postadress, t.ex. anna.berg@example.se" });

export const isoDate = z.iso.date({ error: "Ska vara ett datum ÅÅÅÅ-MM-DD." });
