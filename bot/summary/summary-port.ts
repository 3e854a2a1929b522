// What handlers may ask of the leadership summaries. Its own module so that BotServices can name it
// without importing the runtime, which is built from BotServices.
import type { PublishOutcome } from "../../services/summary/summary-publisher";

export interface SummaryRuntime {
  publish(planId: string, periodId: string): Promise<PublishOutcome>;
  sweep(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}
