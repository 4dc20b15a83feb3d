// The Nu HTML checker over one address of every route family (and the
// panel's SVG download): the number of errors each gets.
import vnu from "../scripts/vnu.cjs";

const { checkMarkup } = vnu;

export function validityRoutes(routes) {
  return [...new Set([...routes.charts, ...routes.plain, "/panels", "/about", "/api-docs", "/no-such-page", `${routes.charts[1]}/image.svg`])];
}

export async function runValidity(origin, routes) {
  const documents = await Promise.all(routes.map(async (route) => ({ name: route, markup: await (await fetch(origin + route)).text() })));
  const results = await checkMarkup(documents);
  return Object.fromEntries(Object.entries(results).map(([route, errors]) => [route, { errors: errors.length, first: errors[0]?.message ?? null }]));
}
