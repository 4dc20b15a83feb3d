import { downloadResponse } from "@/lib/open-data/serve";

export const dynamic = "force-static";

export function GET() {
  return downloadResponse("datapackage.json");
}
