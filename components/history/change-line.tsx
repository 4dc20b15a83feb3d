import { describeChange, type Change } from "@/lib/history/diff";
import { routes } from "@/lib/routes";

/** One change: what changed, from what to what, and why. */
export function ChangeLine({ change, withSubject = false }: { change: Change; withSubject?: boolean }) {
  const removed = change.kind === "fact-removed" || change.kind === "source-removed";
  return (
    <li data-change-id={change.id} data-change-kind={change.kind} className="py-2">
      {withSubject && (
        <>
          {removed ? (
            <span className="font-medium">{change.label}</span>
          ) : (
            <a href={change.subject === "fact" ? routes.fact(change.id) : routes.source(change.id)}>
              {change.label}
            </a>
          )}
          <span className="text-muted"> ({change.id})</span>
          <br />
        </>
      )}
      <span>{describeChange(change)}.</span>{" "}
      {change.reason ? (
        <span>
          <span className="font-medium">Reason:</span> {change.reason}
        </span>
      ) : (
        <span className="text-muted">No reason recorded for this change.</span>
      )}
    </li>
  );
}
