// Guessing at one member's password from many addresses must not lock the member out, and a
// forged X-Forwarded-For must not choose the address the throttle counts (TRUST_PROXY_HOPS is
// unset here: the socket's address is the client). The guesses come from other loopback
// addresses (127.0.0.x) through Auth.js's credentials endpoint; the member uses the browser.
import http from "node:http";
import { expect, inFreshOrganization, signedOut, test } from "./fixtures";

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

function request(url: URL, localAddress: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers, localAddress }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

/** One attempt from a chosen source address: "signed in", or the code Auth.js refuses with. */
async function attempt(baseURL: string, from: string, email: string, password: string, forwardedFor: string) {
  const csrf = await request(new URL("/api/auth/csrf", baseURL), from);
  const cookie = (csrf.headers["set-cookie"] ?? []).map((line) => line.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await request(new URL("/api/auth/callback/credentials", baseURL), from, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": forwardedFor },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }).toString(),
  });
  const location = new URL(answer.headers.location ?? "/", baseURL);
  return location.pathname === "/sign-in" ? (location.searchParams.get("code") ?? "refused") : "signed in";
}

test.use({ ...inFreshOrganization({ agents: 1 }), ...signedOut });

test("many addresses guessing one member's password are slowed and shut out, while the member signs in from a known address", async ({
  page,
  context,
  signInPage,
  shell,
  baseURL,
  qaOrg,
}) => {
  const { name: VICTIM, email, password: PASSWORD } = qaOrg.agents[0];
  // The account-wide throttle slows the last guesses by up to two seconds each.
  test.slow();
  // The member signs in from this browser once: its address becomes one of theirs.
  await signInPage.goto();
  await signInPage.signIn(email, PASSWORD);
  await expect(shell.heading).toHaveText(`Welcome, ${VICTIM}`);
  await context.clearCookies();

  // Twenty wrong guesses, one from each of twenty addresses, each claiming to be someone else.
  const answers = [];
  for (let i = 0; i < 20; i++) answers.push(await attempt(baseURL!, `127.0.0.${100 + i}`, email, "not-the-password", "203.0.113.7"));
  expect(answers).toEqual(Array(20).fill("credentials"));

  // Now the account is closed to new addresses, even with the right password, and claiming the
  // member's own address in X-Forwarded-For does not open it.
  expect(await attempt(baseURL!, "127.0.0.130", email, PASSWORD, "203.0.113.8")).toBe("locked");
  expect(await attempt(baseURL!, "127.0.0.131", email, PASSWORD, "127.0.0.1")).toBe("locked");

  // The member, from the browser's address, still signs in.
  await signInPage.goto();
  await signInPage.signIn(email, PASSWORD);
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(shell.heading).toHaveText(`Welcome, ${VICTIM}`);
});
