// Types for bench/rounds.mjs, so its test is type-checked with the rest.
export function measureInRounds<N extends string, R extends { error?: string | null }>(
  names: readonly N[],
  runs: number,
  measureRound: (names: N[]) => Promise<Record<string, R>>,
): Promise<Record<N, { done: R[]; failed: R[] }>>;
export function medianOf<R>(results: R[], key: keyof R): number | null;
