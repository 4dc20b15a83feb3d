import type { ExplorerNotice } from "@/lib/explorer-state";

const what: Record<ExplorerNotice["parameter"], string> = {
  topic: "There is no topic",
  verdict: "There is no verdict",
  cursor: "That page of results no longer exists",
};

const instead: Record<ExplorerNotice["parameter"], string> = {
  topic: "showing every topic",
  verdict: "showing every verdict",
  cursor: "showing the first page",
};

/** Values of the address the explorer could not use, said plainly instead of an error page. */
export function ExplorerNotices({ notices }: { notices: ExplorerNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <ul className="mt-3 rounded border border-rule p-3 text-sm" data-testid="explorer-notices">
      {notices.map((notice) => (
        <li key={notice.parameter}>
          {what[notice.parameter]}
          {notice.parameter === "cursor" ? "" : ` “${notice.value.slice(0, 60)}”`}; {instead[notice.parameter]}.
        </li>
      ))}
    </ul>
  );
}
