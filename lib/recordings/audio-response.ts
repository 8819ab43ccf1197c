// Audio as HTTP: whole files, or the byte range a player asks for when it seeks.
const RANGE = /^bytes=(\d*)-(\d*)$/;

function body(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

export function audioResponse(audio: Uint8Array, headers: Record<string, string>, rangeHeader: string | null): Response {
  const size = audio.length;
  const common = { ...headers, "accept-ranges": "bytes", "cache-control": "private, no-store" };
  const match = rangeHeader ? RANGE.exec(rangeHeader.trim()) : null;
  if (!match || (match[1] === "" && match[2] === "")) {
    return new Response(body(audio), { status: 200, headers: { ...common, "content-length": String(size) } });
  }
  // "bytes=-500" is the last 500 bytes; "bytes=100-" runs to the end.
  const start = match[1] === "" ? Math.max(0, size - Number(match[2])) : Number(match[1]);
  const end = match[1] === "" || match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || start > end) {
    return new Response(null, { status: 416, headers: { ...common, "content-range": `bytes */${size}` } });
  }
  return new Response(body(audio.subarray(start, end + 1)), {
    status: 206,
    headers: { ...common, "content-length": String(end - start + 1), "content-range": `bytes ${start}-${end}/${size}` },
  });
}
