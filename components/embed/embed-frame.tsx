import { EmbedReporter } from "@/components/embed/embed-reporter";

export function EmbedFrame({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="embed bg-bg p-3">
      {children}
      <EmbedReporter />
    </main>
  );
}
