import { citationFile } from "@/lib/citation/files";
import { getDataset } from "@/lib/dataset/queries";
import { siteUrl } from "@/lib/site";
import { today } from "@/lib/today";

// Rendered per request so the access date in the file is the day of download.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/cite/[...path]">) {
  const { path } = await params;
  const file = citationFile(path, getDataset(), { siteUrl: siteUrl(), accessed: today() });
  if (!file) {
    return Response.json(
      { error: "No citation at this address. Use /cite/dataset.{bib,ris,json} or /cite/{panels|facts|sources}/{id}.{bib,ris,json}." },
      { status: 404 },
    );
  }
  return new Response(file.body, {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
