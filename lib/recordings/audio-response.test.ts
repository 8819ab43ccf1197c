import { describe, expect, it } from "vitest";
import { audioResponse } from "./audio-response";

const audio = new Uint8Array(Array.from({ length: 100 }, (_, i) => i));
const bytes = async (r: Response) => [...new Uint8Array(await r.arrayBuffer())];

describe("audioResponse", () => {
  it("sends the whole file without a range", async () => {
    const r = audioResponse(audio, { "content-type": "audio/wav" }, null);
    expect(r.status).toBe(200);
    expect(r.headers.get("accept-ranges")).toBe("bytes");
    expect(r.headers.get("content-length")).toBe("100");
    expect(await bytes(r)).toHaveLength(100);
  });

  it.each([
    ["bytes=10-19", 10, 19],
    ["bytes=90-", 90, 99],
    ["bytes=-5", 95, 99],
    ["bytes=95-500", 95, 99],
  ])("answers %s with 206 and that slice", async (range, start, end) => {
    const r = audioResponse(audio, {}, range);
    expect(r.status).toBe(206);
    expect(r.headers.get("content-range")).toBe(`bytes ${start}-${end}/100`);
    expect(await bytes(r)).toEqual([...audio.subarray(start, end + 1)]);
  });

  it("refuses a range past the end with 416", () => {
    const r = audioResponse(audio, {}, "bytes=100-");
    expect(r.status).toBe(416);
    expect(r.headers.get("content-range")).toBe("bytes */100");
  });

  it("ignores a malformed range", () => {
    expect(audioResponse(audio, {}, "items=1-2").status).toBe(200);
  });
});
