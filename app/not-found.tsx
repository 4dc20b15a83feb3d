import { routes } from "@/lib/routes";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 max-w-prose">
        There is no page at this address. Fact and source ids are permanent, so a link that worked once still works;
        check the address for typos.
      </p>
      <p className="mt-3">
        <a href={routes.home()}>
          Back to the dashboard
        </a>
      </p>
    </main>
  );
}
