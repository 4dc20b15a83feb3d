// Page cursors for a list of facts (GET /api/v1/facts and the /facts
// explorer): opaque to clients, but only an offset and the dataset version
// underneath, so a cursor from an older dataset is refused instead of
// silently skipping or repeating facts.
import { z } from "zod";

const payload = z.strictObject({ o: z.number().int().min(0).max(1_000_000), v: z.string().max(40) });

type Cursor = { offset: number; version: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ o: cursor.offset, v: cursor.version })).toString("base64url");
}

/**
 * The cursor inside `text`, or null when `text` is not one this API issued.
 * Only our own spelling is accepted (base64 and JSON have others), which also
 * refuses any text that is not base64url.
 */
export function decodeCursor(text: string): Cursor | null {
  let json: unknown = null;
  try {
    json = JSON.parse(Buffer.from(text, "base64url").toString());
  } catch {
    // Not JSON: refused below.
  }
  const parsed = payload.safeParse(json);
  if (!parsed.success) return null;
  const cursor = { offset: parsed.data.o, version: parsed.data.v };
  return encodeCursor(cursor) === text ? cursor : null;
}
