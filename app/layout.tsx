import type { Metadata } from "next";
import "./globals.css";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: { default: "Kazakhstan–Israel relations, fact by fact", template: "%s · Kazakhstan–Israel relations" },
  description:
    "Figures and claims about Kazakhstan–Israel trade, energy, investment, diplomacy and politics, each tied to the verbatim sentence it comes from, with a verdict on what other sources say.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* In the root layout rather than in metadata: pages that set their own `alternates` would drop it. */}
        <link rel="alternate" type="application/atom+xml" title="Changes to the data (Atom)" href={routes.changesFeed()} />
      </head>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
