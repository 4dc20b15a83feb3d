"use server";
// The form's answer when the page has no JavaScript: the same checker as the
// API, run on the posted text. The text is only read: never stored or logged.
import { answerCheck } from "@/lib/check/api";
import { matchedIds, summarise, toDisplay, type DisplaySentence } from "@/lib/check/display";
import { getChecker } from "@/lib/check/queries";
import { getDataset, getFact } from "@/lib/dataset/queries";

export type CheckState = { text: string; sentences: DisplaySentence[] | null; error: string | null };

export async function checkText(_previous: CheckState, form: FormData): Promise<CheckState> {
  const text = String(form.get("text") ?? "");
  const answer = answerCheck(JSON.stringify({ text }), getChecker(), getDataset().meta.version);
  if (answer.status !== 200) return { text: text.slice(0, 50_000), sentences: null, error: answer.body.message };
  const summaries = new Map(matchedIds(answer.body).flatMap((id) => {
    const fact = getFact(id);
    return fact ? [[id, summarise(fact)] as const] : [];
  }));
  return { text, sentences: toDisplay(answer.body, summaries), error: null };
}
