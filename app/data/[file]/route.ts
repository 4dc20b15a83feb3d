import { downloadParams } from "@/lib/open-data/downloads";
import { downloadResponse } from "@/lib/open-data/serve";

export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = downloadParams;

export async function GET(_request: Request, context: RouteContext<"/data/[file]">) {
  return downloadResponse((await context.params).file);
}
