// How to reach a person: the 1:1 chat Teams gave us when they installed the app; if there is none,
// the chat is opened from the roster of a team the bot is in, and stored, so the next reminder
// finds it. People blocked, uninstalled, or in no roster cannot be reached, and why is said.
// Rosters are read once per run of the sender (one resolver per run).
import type { Logger } from "../logging/logger";
import type { Messenger, RosterMember } from "../messaging";
import type { AddressBook, ChannelAddress, PersonAddress, Reference } from "../people/address-book";
import { identifiersOf } from "../people/person";
import type { UnreachableReason } from "./reminder-content";

export type Resolution =
  | { ok: true; reference: Reference; aadObjectId: string }
  | { ok: false; reason: UnreachableReason; aadObjectId?: string };

interface RosterEntry {
  member: RosterMember;
  via: ChannelAddress;
}

export interface AddressResolverDeps {
  addressBook: AddressBook;
  messenger: Messenger;
  /** Team channels the bot is in (see activeTeamChannels). */
  channels: () => Promise<ChannelAddress[]>;
  logger: Logger;
}

/** What AddressBook.markUnreachable is told, read back by `resolve`. */
export const UNREACHABLE_NOT_FOUND = "notFound";

export class AddressResolver {
  private roster: Promise<Map<string, RosterEntry>> | undefined;
  private people: Map<string, PersonAddress> | undefined;
  private peopleLoading: Promise<void> | undefined;

  constructor(private readonly deps: AddressResolverDeps) {}

  /** `maxWaitMs`: how long opening a chat may wait for the rate limiter. */
  async resolve(identifier: string, maxWaitMs?: number): Promise<Resolution> {
    const person = await this.find(identifier);
    if (person?.reference) {
      const aadObjectId = person.aadObjectId;
      if (person.unreachable) {
        const reason = person.unreachable === UNREACHABLE_NOT_FOUND ? "notFound" : "blocked";
        return { ok: false, reason, aadObjectId };
      }
      if (!person.active) return { ok: false, reason: "uninstalled", aadObjectId };
      return { ok: true, reference: person.reference, aadObjectId };
    }
    const entry =
      (await this.rosterIndex()).get(identifier.toLowerCase()) ??
      (person ? (await this.rosterIndex()).get(person.aadObjectId.toLowerCase()) : undefined);
    if (!entry) return { ok: false, reason: "noAddress", aadObjectId: person?.aadObjectId };
    const { member, via } = entry;
    const opened = await this.deps.messenger.openPersonalChat(via.reference, member, {
      maxWaitMs,
    });
    const aadObjectId = member.aadObjectId ?? person?.aadObjectId ?? member.id;
    await this.deps.addressBook.rememberPerson(
      {
        aadObjectId,
        name: member.name || person?.name || identifier,
        ...(member.upn ? { upn: member.upn } : {}),
        ...(member.email ? { email: member.email } : {}),
        ...((member.tenantId ?? via.tenantId) ? { tenantId: member.tenantId ?? via.tenantId } : {}),
      },
      opened.reference,
    );
    return { ok: true, reference: opened.reference, aadObjectId };
  }

  /**
   * The address book read once per run, in the background (three point reads a person otherwise);
   * until it is in, and for anyone not in it (installed since), one lookup each.
   */
  private async find(identifier: string): Promise<PersonAddress | undefined> {
    this.peopleLoading ??= this.deps.addressBook.listPeople().then(
      (people) => {
        const index = new Map<string, PersonAddress>();
        for (const person of people) {
          for (const id of identifiersOf(person)) if (!index.has(id)) index.set(id, person);
        }
        this.people = index;
      },
      (error: unknown) => this.deps.logger.warn({ err: error }, "could not read the address book"),
    );
    return (
      this.people?.get(identifier.toLowerCase()) ??
      (await this.deps.addressBook.findPerson(identifier))
    );
  }

  private rosterIndex(): Promise<Map<string, RosterEntry>> {
    this.roster ??= this.readRosters();
    return this.roster;
  }

  private async readRosters(): Promise<Map<string, RosterEntry>> {
    const index = new Map<string, RosterEntry>();
    const log = this.deps.logger;
    for (const via of await this.deps.channels()) {
      let continuation: string | undefined;
      try {
        do {
          const page = await this.deps.messenger.rosterPage(via, continuation);
          for (const member of page.members) {
            for (const id of [member.upn, member.email, member.aadObjectId]) {
              if (id && !index.has(id.toLowerCase())) index.set(id.toLowerCase(), { member, via });
            }
          }
          continuation = page.continuation;
        } while (continuation);
      } catch (error) {
        // One team that will not answer must not keep the others' members from being reached.
        log.warn({ err: error, teamId: via.teamId }, "could not read a team roster");
      }
    }
    return index;
  }
}
