// The reminders' ReportLedger port for tests: units are marked submitted by the test.
import type { ReportLedger } from "../../services/reminders";

export class FakeReportLedger implements ReportLedger {
  private readonly submitted = new Map<string, Set<string>>();
  calls = 0;

  submit(planId: string, periodId: string, unitId: string): void {
    const key = `${planId}|${periodId}`;
    const units = this.submitted.get(key) ?? new Set<string>();
    units.add(unitId);
    this.submitted.set(key, units);
  }

  async submittedUnits(planId: string, periodId: string): Promise<Set<string>> {
    this.calls += 1;
    return new Set(this.submitted.get(`${planId}|${periodId}`) ?? []);
  }
}
