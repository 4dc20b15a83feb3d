import { PageNav } from "@/components/overview/page-nav";
import type { Panel } from "@/lib/dataset/schema";
import { pageNavGroups } from "@/lib/display/overview";

/** The home page beside its "on this page" navigation (above it on narrow screens). */
export function WithPageNav({ panels, children }: { panels: Panel[]; children: React.ReactNode }) {
  return (
    <div className="lg:grid lg:grid-cols-[11rem_minmax(0,1fr)] lg:gap-8">
      <div>
        <PageNav groups={pageNavGroups(panels)} />
      </div>
      <div className="min-w-0" data-page-body>
        {children}
      </div>
    </div>
  );
}
