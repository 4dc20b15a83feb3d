// The two stemmers the text checker uses, imported by path so the rest of
// `natural` (classifiers, WordNet) never loads.
declare module "natural/lib/natural/stemmers/porter_stemmer" {
  export function stem(word: string): string;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_ru" {
  export function stem(word: string): string;
}
