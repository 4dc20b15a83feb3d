import type { Metadata } from "next";
import Link from "next/link";
import { checkText } from "@/app/(site)/check/actions";
import { CheckForm } from "@/components/check/check-form";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Check a text",
  description: "Paste an article: see, sentence by sentence, which claims it shares with the dataset, their verdicts, and where its figures differ.",
};

// The form posts here without JavaScript: rendered per request, never prerendered.
export const dynamic = "force-dynamic";

export default function CheckPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Check a text</h1>
      <p className="mt-2 max-w-prose text-muted">
        Paste an article or a passage. Each sentence that asserts a claim this dataset holds shows the fact, its verdict and
        its sourced figure, and says so when the text’s number differs. Your text is not stored or logged. The same check is
        available from the <Link href={routes.apiDocs()}>API</Link> as <code>POST /api/v1/check</code>.
      </p>
      <CheckForm action={checkText} />
      <details className="mt-8 max-w-prose text-sm">
        <summary className="font-semibold">What makes a match</summary>
        <p className="mt-2">
          Shared words are not enough. A sentence matches a fact only when it holds the names and terms curated for that fact
          (in English or Russian), none of the words that show it is about something else (a region’s turnout, a later
          election), a figure in the fact’s unit within 10% of the fact’s own when the fact has one, and no year outside the
          fact’s period. Of facts measuring the same thing, the one closest to the text’s figure is shown. A sentence that
          matches nothing may still be true: the dataset holds only the claims it lists.
        </p>
      </details>
    </>
  );
}
