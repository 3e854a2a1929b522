// People whose roster lookup failed recently (the connector refused, timed out, or did not know
// them): they are not looked up again on every turn, so a Bot Connector outage costs a person one
// slow turn, not all of them. Bounded: the oldest entries go first.

export class MissedLookups {
  private readonly missed = new Map<string, number>();

  constructor(
    private readonly now: () => Date = () => new Date(),
    private readonly ttlMs = 10 * 60_000,
    private readonly maxEntries = 10_000,
  ) {}

  recently(id: string): boolean {
    const at = this.missed.get(id);
    if (at === undefined) return false;
    if (this.now().getTime() - at < this.ttlMs) return true;
    this.missed.delete(id);
    return false;
  }

  remember(id: string): void {
    this.missed.delete(id);
    this.missed.set(id, this.now().getTime());
    if (this.missed.size > this.maxEntries) {
      const oldest = this.missed.keys().next().value;
      if (oldest !== undefined) this.missed.delete(oldest);
    }
  }
}
