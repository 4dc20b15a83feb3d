import type { EndpointDoc } from "@/lib/api/docs";

const anchor = (url: string) => `endpoint${url.replace(/[^a-z0-9]+/gi, "-")}`.replace(/-$/, "");

export function ApiEndpointDoc({ endpoint }: { endpoint: EndpointDoc }) {
  return (
    <section className="mt-6" aria-labelledby={anchor(endpoint.url)} data-endpoint={endpoint.url}>
      <h3 id={anchor(endpoint.url)} className="text-lg font-bold">
        <code>{endpoint.method} {endpoint.url}</code>
      </h3>
      <p className="mt-1">{endpoint.summary}.</p>
      {endpoint.parameters.length > 0 && (
        <dl className="mt-2 space-y-1 text-sm">
          {endpoint.parameters.map((p) => (
            <div key={`${p.in}-${p.name}`}>
              <dt className="inline font-semibold">
                <code>{p.name}</code> ({p.in})
              </dt>{" "}
              <dd className="inline">{p.description}</dd>
            </div>
          ))}
        </dl>
      )}
      <ul className="mt-2 text-sm text-muted">
        {endpoint.responses.map((r) => (
          <li key={r.status}>
            <span className="font-semibold">{r.status}</span>: {r.description}
          </li>
        ))}
      </ul>
    </section>
  );
}
