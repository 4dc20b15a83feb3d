/** A disclosure that works without JavaScript: the action's content is in the page. */
export function ActionSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <details id={id} className="no-print mt-3 rounded-md border border-rule bg-surface p-3 open:pb-4" data-action={id}>
      <summary className="cursor-pointer font-semibold">{title}</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
