// Load on loopback with autocannon: requests per second, latency, errors.
import autocannon from "autocannon";

export async function runLoad(url, { connections = 50, duration = 20 } = {}) {
  const result = await autocannon({ url, connections, duration });
  return {
    url,
    connections,
    duration,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
