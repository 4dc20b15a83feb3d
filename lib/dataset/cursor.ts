// Page cursors for a list of facts (GET /api/v1/facts and the /facts
// explorer): opaque to clients, but only an offset and the dataset version
// underneath, so a cursor from an older dataset is refused instead of
// silently skipping or repeating facts.
import { z } from "zod";

const payload = z.strictObject({ o: z.number().int().min(0).max(1_000_000), v: z.string().max(40) });

export type Cursor = { offset: number; version: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ o: cursor.offset, v: cursor.version }), "utf8").toString("base64url");
}

/** The cursor inside `text`, or null when `text` is not one this API issued. */
export function decodeCursor(text: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = payload.safeParse(json);
  if (!parsed.success) return null;
  const cursor = { offset: parsed.data.o, version: parsed.data.v };
  // Base64 has more than one spelling of some bytes; accept only ours.
  return encodeCursor(cursor) === text ? cursor : null;
}
