// English for sv/conversation.ts: the same keys (a missing or extra key does not compile).
import type { conversation as sv } from "../sv/conversation";
import type { Translation } from "../join-areas";

export const conversation: Translation<typeof sv> = {
  "help.title": "Uppföljningsboten (follow-up bot)",
  "help.intro":
    "I help you follow up the operational plan: I remind you when it is time to report, collect your results and summarise them for leadership.",
  "help.everyone": "Commands",
  "help.admins": "For administrators",
  "help.footer": "Type the command here in the chat. Case and extra spaces do not matter.",
  "channel.greeting":
    "Hi! I am Uppföljningsboten. An administrator can make this the leadership channel for summaries.",
  "greeting.reporter":
    "I will remind you here when it is time to report, and you report on a card right in the chat.",
  "greeting.firstAdmin":
    "Start by sending me the plan: write import plan and attach the .xlsx or .yaml file.",
  "greeting.other":
    "I help you follow up the operational plan: reminders, reports and summaries for leadership.",
  "notUnderstood.didYouMean": "I did not understand “{typed}”. Did you mean **{words}**?",
  "notUnderstood.help": "I did not understand “{typed}”. Type **help** to see what I can do.",
  "notUnderstood.orChoose": "Or choose:",
  "notUnderstood.youCan": "You can:",
  "greeting.button.report": "Report",
  "greeting.button.listPeriods": "Periods",
  "greeting.button.listResponsibles": "Reporters",
  "greeting.button.help": "Everything I can do",
  "invoke.unsupported.title": "Uppföljningsboten cannot do that here",
  "invoke.unsupported.text":
    "I remind you to report, take your reports and show summaries in the chat with me. Write help to me in the chat to see what you can do.",
  "invoke.malformed":
    "I did not understand this request from Teams. Write help to me in the chat to see what you can do.",
};
