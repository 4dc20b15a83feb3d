// The floor: the smallest Next.js page, built in the same run as the site,
// so the site's JS weight and throughput are read as ratios of it.
export default function Page() {
  return <h1>Hello</h1>;
}
