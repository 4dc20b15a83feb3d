import type { NextRequest } from "next/server";
import { answerCheck, maxBodyBytes, tooLarge } from "@/lib/check/api";
import { getChecker } from "@/lib/check/queries";
import { getDataset } from "@/lib/dataset/queries";

// Each answer depends on the posted text: never prerendered, never cached.
export const dynamic = "force-dynamic";

const headers = {
  "Content-Type": "application/json; charset=utf-8",
  "Cache-Control": "no-store",
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
};

const reply = (answer: { status: number; body: unknown }) => new Response(JSON.stringify(answer.body), { status: answer.status, headers });

export async function POST(request: NextRequest) {
  if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) return reply(tooLarge());
  const body = await request.text();
  if (body.length > maxBodyBytes) return reply(tooLarge());
  return reply(answerCheck(body, getChecker(), getDataset().meta.version));
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: { ...headers, "Access-Control-Max-Age": "86400" } });
}
