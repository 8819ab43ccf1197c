// Throughput of one request shape, and pairs of them measured alternately (A B, B A, ...)
// so that drift in the machine falls on both sides alike.
import autocannon from "autocannon";
import { median, spread } from "./stats";

export type Target = { label: string; path: string; headers?: Record<string, string> };
export type Settings = { baseUrl: string; seconds: number; rounds: number; connections: number };

async function throughput(settings: Settings, target: Target, seconds: number): Promise<number> {
  const result = await autocannon({
    url: settings.baseUrl + target.path,
    connections: settings.connections,
    duration: seconds,
    headers: target.headers,
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0)
    throw new Error(
      `${target.label} ${target.path}: ${failed} of ${result.requests.total} requests failed (non-2xx ${result.non2xx}, errors ${result.errors})`,
    );
  if (result.requests.total === 0) throw new Error(`${target.label} ${target.path}: no request completed in ${seconds} s`);
  return result.requests.total / seconds;
}

export type PairResult = { a: number; b: number; aRounds: number[]; bRounds: number[] };

/** One request, however long it takes: a cold server's first render can outlast a quick round. */
async function firstRequest(settings: Settings, target: Target): Promise<void> {
  const response = await fetch(settings.baseUrl + target.path, { headers: target.headers, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${target.label} ${target.path}: HTTP ${response.status} on the first request`);
}

export async function pair(settings: Settings, a: Target, b: Target): Promise<PairResult> {
  // Warm-up: compile caches, connection pools and JIT on both sides before anything counts.
  await firstRequest(settings, a);
  await firstRequest(settings, b);
  await throughput(settings, a, Math.max(1, settings.seconds / 2));
  await throughput(settings, b, Math.max(1, settings.seconds / 2));
  const aRounds: number[] = [];
  const bRounds: number[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    const order = round % 2 === 0 ? [a, b] : [b, a];
    for (const target of order) (target === a ? aRounds : bRounds).push(await throughput(settings, target, settings.seconds));
  }
  return { a: median(aRounds), b: median(bRounds), aRounds, bRounds };
}

export const noiseNotes = (result: PairResult, a: string, b: string, limit: number) =>
  [
    [a, spread(result.aRounds)],
    [b, spread(result.bRounds)],
  ]
    .filter(([, s]) => (s as number) > limit)
    .map(([label, s]) => `noisy: ${label} rounds spread ${Math.round((s as number) * 100)}% (max/min)`);
