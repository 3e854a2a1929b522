// When the bot may send reminders: a time zone, the working day's hours, the time of day a reminder
// goes out, and which days besides weekends and public holidays are days off. One schema gives the
// type, the defaults and the check of configured values.
import { IANAZone } from "luxon";
import { z } from "zod";
import { DomainError } from "../errors";

const isoDate = z.iso.date({ error: "ska vara ett datum ÅÅÅÅ-MM-DD" });

export const workingHoursSchema = z
  .object({
    timeZone: z
      .string()
      .refine((zone) => IANAZone.isValidZone(zone), { error: "ska vara en IANA-tidszon" })
      .default("Europe/Stockholm"),
    /** First whole hour of the working day (inclusive). */
    startHour: z.int().min(0).max(23).default(8),
    /** Hour the working day ends (exclusive): 17 means the last working moment is 16:59:59. */
    endHour: z.int().min(1).max(24).default(17),
    /** Time of day a reminder goes out on its day, "HH:mm", inside the working hours. */
    sendAt: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "ska vara en tid TT:MM, t.ex. 09:00" })
      .default("09:00"),
    /** Midsommarafton, julafton and nyårsafton are days off (de facto in public administration). */
    nonWorkingEves: z.boolean().default(true),
    /** Further days off, e.g. a klämdag the organisation has decided: ISO dates. */
    extraNonWorkingDays: z.array(isoDate).default([]),
  })
  .refine((hours) => hours.startHour < hours.endHour, {
    error: "startHour ska vara före endHour",
    path: ["endHour"],
  })
  .refine((hours) => minutesOf(hours.sendAt) >= hours.startHour * 60, {
    error: "sendAt ska ligga inom arbetstiden",
    path: ["sendAt"],
  })
  .refine((hours) => minutesOf(hours.sendAt) < hours.endHour * 60, {
    error: "sendAt ska ligga inom arbetstiden",
    path: ["sendAt"],
  });

export type WorkingHours = z.output<typeof workingHoursSchema>;
export type WorkingHoursInput = z.input<typeof workingHoursSchema>;

/** Europe/Stockholm, 08:00–17:00, reminders at 09:00, the three eves off. */
export const DEFAULT_WORKING_HOURS: WorkingHours = Object.freeze(workingHoursSchema.parse({}));

/** Working hours from configured values; missing ones take the defaults. */
export function parseWorkingHours(input: unknown = {}): WorkingHours {
  const parsed = workingHoursSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join(".") || "arbetstid"} ${issue.message}`)
      .join("; ");
    throw new DomainError("BAD_ARGUMENT", `Arbetstiden går inte att använda: ${problems}.`, {
      issues: parsed.error.issues,
    });
  }
  return parsed.data;
}

export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return hours * 60 + minutes;
}
