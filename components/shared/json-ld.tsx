import { serializeJsonLd, type JsonLd } from "@/lib/embed/json-ld";

/** A schema.org description for search engines and citation tools; the page builds it with lib/embed/json-ld.ts. */
export function JsonLdScript({ data }: { data: JsonLd }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
