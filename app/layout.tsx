import type { Metadata } from "next";
import Link from "next/link";
import { getDataset } from "@/lib/data";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kazakhstan–Israel relations, fact by fact", template: "%s · Kazakhstan–Israel relations" },
  description:
    "Every figure about Kazakhstan–Israel trade, energy, investment, diplomacy and politics, tied to the verbatim sentence it comes from and checked against other sources.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const { meta } = getDataset();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-surface focus:p-2">
          Skip to content
        </a>
        <header className="no-print border-b border-rule">
          <div className="mx-auto max-w-5xl px-4 py-3">
            <Link href="/" className="font-semibold text-ink no-underline">
              Kazakhstan–Israel relations
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
        <footer className="border-t border-rule">
          <div className="mx-auto max-w-5xl px-4 py-4 text-sm text-muted">
            {meta.title}, version {meta.version}. Quotes remain their publishers’ and are shown for citation.
          </div>
        </footer>
      </body>
    </html>
  );
}
