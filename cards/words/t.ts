// The catalog of words lives in services/i18n/words/ so that the domain's own texts (a summary's
// headline, how a figure was combined, the workbook) come from it too; cards ask for words here.
export { t, words, type WordKey, type WordValues } from "../../services/i18n/words/t";
