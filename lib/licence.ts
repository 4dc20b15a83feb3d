// The dataset's licence, stated once for the README, /about, the data
// package, the API document and the JSON-LD.

export const licence = {
  id: "CC-BY-4.0",
  name: "CC BY 4.0",
  title: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export const curationScope = "Our curation (statements, figures, verdicts, notes and the data's structure)";

export const licenceStatement = `${curationScope} is licensed under CC BY 4.0: reuse it freely, citing this dataset.`;

export const quotesStatement =
  "Quotes remain their publishers’ and are reproduced only to cite them; reuse of a quote beyond citation is a matter for its publisher.";
