import type { NavGroup } from "@/lib/display/overview";

function NavLinks({ groups }: { groups: NavGroup[] }) {
  return (
    <>
      <a href="#overview" className="block min-h-6 py-0.5">Overview</a>
      {groups.map((group) => (
        <div key={group.heading} className="mt-2">
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">{group.heading}</p>
          <ul>
            {group.links.map((link) => (
              <li key={link.id}>
                <a href={`#${link.id}`} className="block min-h-6 py-0.5 leading-snug">
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/**
 * "On this page", without JavaScript: a plain list that stays in view beside
 * the page on wide screens, a disclosure above it on narrow ones. Two copies,
 * one hidden by CSS, because a closed <details> cannot be forced open by CSS alone.
 */
export function PageNav({ groups }: { groups: NavGroup[] }) {
  return (
    <>
      <nav aria-label="On this page" data-page-nav="wide" className="no-print sticky top-0 hidden max-h-screen overflow-y-auto py-4 text-sm lg:block">
        <p className="font-semibold">On this page</p>
        <NavLinks groups={groups} />
      </nav>
      <details data-page-nav="narrow" className="no-print mb-4 rounded-md border border-rule p-2 text-sm lg:hidden">
        <summary className="cursor-pointer font-semibold">On this page</summary>
        <nav aria-label="On this page (menu)" className="mt-2">
          <NavLinks groups={groups} />
        </nav>
      </details>
    </>
  );
}
