// A tiny authoritative DNS server for tests: answers TXT questions from a map, nothing else
// (NXDOMAIN). Lets the domain check (lib/sso/dns.ts) run for real, through node:dns, against
// records a test publishes (SSO_DNS_SERVERS=127.0.0.1:<port>).
import dgram from "node:dgram";

export type LocalDnsServer = { port: number; setTxt(name: string, values: string[]): void; close(): Promise<void> };

function readName(message: Buffer, offset: number): { name: string; end: number } {
  const labels: string[] = [];
  let at = offset;
  while (message[at] !== 0) {
    const length = message[at];
    labels.push(message.subarray(at + 1, at + 1 + length).toString("ascii"));
    at += length + 1;
  }
  return { name: labels.join(".").toLowerCase(), end: at + 1 };
}

function answer(query: Buffer, records: Map<string, string[]>): Buffer {
  const { name, end } = readName(query, 12);
  const type = query.readUInt16BE(end);
  const question = query.subarray(12, end + 4);
  const values = type === 16 ? records.get(name) : undefined;
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2); // id
  header.writeUInt16BE(values ? 0x8400 : 0x8403, 2); // response, authoritative, NXDOMAIN when nothing
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(values?.length ?? 0, 6);
  const answers = (values ?? []).map((value) => {
    const text = Buffer.from(value, "utf8");
    const rr = Buffer.alloc(12);
    rr.writeUInt16BE(0xc00c, 0); // the question's name
    rr.writeUInt16BE(16, 2);
    rr.writeUInt16BE(1, 4);
    rr.writeUInt32BE(60, 6);
    rr.writeUInt16BE(text.length + 1, 10);
    return Buffer.concat([rr, Buffer.from([text.length]), text]);
  });
  return Buffer.concat([header, question, ...answers]);
}

export async function startDnsServer(port = 0): Promise<LocalDnsServer> {
  const records = new Map<string, string[]>();
  const socket = dgram.createSocket("udp4");
  socket.on("message", (message, peer) => {
    try {
      socket.send(answer(message, records), peer.port, peer.address);
    } catch {
      // A malformed question gets no answer.
    }
  });
  await new Promise<void>((resolve) => socket.bind(port, "127.0.0.1", resolve));
  return {
    port: socket.address().port,
    setTxt: (name, values) => records.set(name.toLowerCase(), values),
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
