"use client";
import { useEffect } from "react";

/**
 * Inside an iframe: applies ?theme=light|dark|auto and tells the host page
 * (through postMessage, for /embed.js) how tall the content is.
 */
export function EmbedReporter() {
  useEffect(() => {
    const theme = new URLSearchParams(window.location.search).get("theme");
    if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
    if (window.parent === window) return;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      window.parent.postMessage({ type: "kzil-embed:height", height }, "*");
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    report();
    return () => observer.disconnect();
  }, []);
  return null;
}
