import { routes } from "@/lib/routes";

/** An embedded panel's page. Its one script (public/embed-frame.js) applies ?theme= and reports its height to /embed.js. */
export function EmbedFrame({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="embed bg-bg p-3">
      {children}
      <script src={routes.embedFrameScript()} async />
    </main>
  );
}
