// The bench's Lighthouse rounds: the floor is measured in the same rounds as the
// site's pages, a run that failed is measured again instead of counted, and the
// figure reported is the median of the counted runs.
import { describe, expect, it } from "vitest";
import { measureInRounds, medianOf } from "../bench/rounds.mjs";

type Result = { performance: number | null; error?: string };

/** A measurer that scores targets from a script of results and records each round it was asked for. */
function scripted(script: Record<string, Result[]>) {
  const rounds: string[][] = [];
  const measureRound = async (names: string[]) => {
    rounds.push(names);
    return Object.fromEntries(names.map((name) => [name, script[name]?.shift() ?? { performance: null, error: "not scripted" }]));
  };
  return { rounds, measureRound };
}

describe("measureInRounds", () => {
  it("measures every target, the floor included, once in each round", async () => {
    const { rounds, measureRound } = scripted({
      "/": [{ performance: 100 }, { performance: 98 }, { performance: 99 }],
      floor: [{ performance: 97 }, { performance: 100 }, { performance: 96 }],
    });
    const measured = await measureInRounds(["/", "floor"], 3, measureRound);
    expect(rounds).toEqual([["/", "floor"], ["/", "floor"], ["/", "floor"]]);
    expect(medianOf(measured["/"].done, "performance")).toBe(99);
    expect(medianOf(measured.floor.done, "performance")).toBe(97);
  });

  it("measures a target again when a run failed, and keeps the failure instead of counting it as a score", async () => {
    const { rounds, measureRound } = scripted({
      "/facts": [{ performance: 90 }, { performance: null, error: "NO_NAVSTART" }, { performance: 92 }, { performance: 88 }],
      floor: [{ performance: 97 }, { performance: 98 }, { performance: 96 }],
    });
    const measured = await measureInRounds(["/facts", "floor"], 3, measureRound);
    expect(rounds).toEqual([["/facts", "floor"], ["/facts", "floor"], ["/facts", "floor"], ["/facts"]]);
    expect(measured["/facts"].done.map((r) => r.performance)).toEqual([90, 92, 88]);
    expect(measured["/facts"].failed.map((r) => r.error)).toEqual(["NO_NAVSTART"]);
    expect(medianOf(measured["/facts"].done, "performance")).toBe(90);
  });

  it("gives up after twice the rounds asked for when a target never finishes", async () => {
    const failing = Array.from({ length: 6 }, () => ({ performance: null, error: "NO_SCORE" }));
    const { rounds, measureRound } = scripted({ "/": failing });
    const measured = await measureInRounds(["/"], 3, measureRound);
    expect(rounds).toHaveLength(6);
    expect(measured["/"].done).toEqual([]);
    expect(medianOf(measured["/"].done, "performance")).toBeNull();
  });
});
