import { panelCsvParams, panelCsvResponse } from "@/lib/open-data/serve";

export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = panelCsvParams;

export async function GET(_request: Request, context: RouteContext<"/data/panels/[file]">) {
  return panelCsvResponse((await context.params).file);
}
