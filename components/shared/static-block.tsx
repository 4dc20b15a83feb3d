"use client";

import { useEffect, useRef, useState } from "react";
import { routes } from "@/lib/routes";
import { blockAttribute } from "@/lib/static-blocks";

type Props = { as: "section" | "article"; blockKey: string } & React.HTMLAttributes<HTMLElement>;

/**
 * An element whose content is a static block (lib/static-blocks.ts). In a
 * prerendered page the build has already written the block inside it (and
 * the page ships no React, lib/script-free.ts). Drawn by React in the browser
 * instead (a client-side link from the explorer, then back and forward), it is
 * empty, so it fetches its block. Hydrating, React would leave the content
 * alone: an element set by dangerouslySetInnerHTML is not compared.
 */
export function StaticBlock({ as: Tag, blockKey, ...attributes }: Props) {
  const element = useRef<HTMLElement>(null);
  const [html, setHtml] = useState("");
  useEffect(() => {
    if (!element.current || element.current.childNodes.length > 0) return;
    const controller = new AbortController();
    fetch(routes.block(blockKey), { signal: controller.signal })
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status}`))))
      .then(setHtml)
      .catch(() => undefined);
    return () => controller.abort();
  }, [blockKey]);
  return <Tag ref={element} {...attributes} {...{ [blockAttribute]: blockKey }} dangerouslySetInnerHTML={{ __html: html }} />;
}
