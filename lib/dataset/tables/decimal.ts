// Exact sums of decimal text ("28.521" + "1978.427"), so a derived total is
// recomputed to the last stored digit instead of to a float's rounding.

const DECIMAL = /^-?\d+(\.\d+)?$/;

export function isDecimal(text: string): boolean {
  return DECIMAL.test(text);
}

function scaled(text: string, places: number): bigint {
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = text.replace("-", "").split(".");
  const value = BigInt(whole + fraction.padEnd(places, "0"));
  return negative ? -value : value;
}

/** The exact sum of decimal texts, written with no trailing zeros after the point. */
export function sumDecimals(values: string[]): string {
  const places = Math.max(0, ...values.map((v) => v.split(".")[1]?.length ?? 0));
  const total = values.reduce((sum, v) => sum + scaled(v, places), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(places + 1, "0");
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}
