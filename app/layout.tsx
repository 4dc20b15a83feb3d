import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kazakhstan–Israel relations, fact by fact", template: "%s · Kazakhstan–Israel relations" },
  description:
    "Figures and claims about Kazakhstan–Israel trade, energy, investment, diplomacy and politics, each tied to the verbatim sentence it comes from, with a verdict on what other sources say.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
