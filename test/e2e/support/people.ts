// The people of the end-to-end test: the Norsjö example plan's admin and reporters, as Playground users.
import type { PlaygroundUser } from "./playground";

export const ADMIN: PlaygroundUser = {
  id: "user-admin",
  name: "Alex Admin",
  upn: "admin@example.se",
  aadObjectId: "00000000-0000-0000-0000-0000000000ad",
};
export const MEGAN: PlaygroundUser = {
  id: "user-megan",
  name: "Megan Bowen",
  upn: "megan.b@example.se",
  aadObjectId: "00000000-0000-0000-0000-000000000001",
};
export const ADELE: PlaygroundUser = {
  id: "user-adele",
  name: "Adele Vance",
  upn: "adele.v@example.se",
  aadObjectId: "00000000-0000-0000-0000-000000000002",
};
export const ISAIAH: PlaygroundUser = {
  id: "user-isaiah",
  name: "Isaiah Langer",
  upn: "isaiah.l@example.se",
  aadObjectId: "00000000-0000-0000-0000-000000000003",
};
const PATTI: PlaygroundUser = {
  id: "user-patti",
  name: "Patti Fernandez",
  upn: "patti.f@example.se",
  aadObjectId: "00000000-0000-0000-0000-000000000004",
};
const LYNNE: PlaygroundUser = {
  id: "user-lynne",
  name: "Lynne Robbins",
  upn: "lynne.r@example.se",
  aadObjectId: "00000000-0000-0000-0000-000000000005",
};

export const EVERYONE = [ADMIN, MEGAN, ADELE, ISAIAH, PATTI, LYNNE];

/** The Playground wants exactly five other users. */
export function othersThan(user: PlaygroundUser): PlaygroundUser[] {
  return EVERYONE.filter((u) => u.id !== user.id).slice(0, 5);
}
