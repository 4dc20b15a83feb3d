import { EmbedFrame } from "@/components/embed/embed-frame";

/** Embeds carry no site chrome: just the panel, its source line and a way back. */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return <EmbedFrame>{children}</EmbedFrame>;
}
