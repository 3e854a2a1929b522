// The one check of a UPN or e-mail address, wherever one comes in (chat commands, plan files,
// BOT_ADMINS): parsed by `validator`'s isEmail, narrowed to what Entra ID and our table keys need,
// and refused with the reason in Swedish. Never cut to a valid prefix: `x@y.z' or …` is refused.
import isEmail from "validator/lib/isEmail";

/** Characters an address may have in mail but that we never accept: quotes, brackets, separators. */
const FORBIDDEN = /["'`<>()[\]\\,;:]/u;
const MAX_LENGTH = 254;

/** Why the text is not a UPN or e-mail address we accept, in Swedish; undefined when it is. */
export function upnProblem(text: string): string | undefined {
  if (text.length === 0) return "är tom";
  if (text.length > MAX_LENGTH) return `är längre än ${MAX_LENGTH} tecken`;
  if (/\s/u.test(text)) return "innehåller mellanslag";
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  if (/[\u0000-\u001f\u007f-\u009f]/u.test(text)) return "innehåller styrtecken";
  const forbidden = FORBIDDEN.exec(text)?.[0];
  if (forbidden) return `innehåller tecknet ${forbidden}, som inte får finnas i en UPN här`;
  if (!text.includes("@")) return "saknar @";
  const valid = isEmail(text, {
    allow_display_name: false,
    allow_ip_domain: false,
    allow_utf8_local_part: false,
    require_tld: true,
    ignore_max_length: false,
  });
  return valid ? undefined : "är inte en giltig e-postadress eller UPN (namn@domän.se)";
}

/** The address lower-cased, or a Swedish sentence saying what is wrong and what to write. */
export function parseUpn(text: string): { upn: string } | { problem: string } {
  const trimmed = text.trim();
  const problem = upnProblem(trimmed);
  if (problem) {
    return {
      problem: `”${trimmed}” ${problem}. Skriv personens e-postadress (UPN), t.ex. anna.berg@kommun.se.`,
    };
  }
  return { upn: trimmed.toLowerCase() };
}
