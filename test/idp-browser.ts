// Walks an authorization request through the test identity provider (test/idp.ts) the way a
// browser would, without one: follows redirects with a cookie jar, fills its sign-in form,
// and stops at the app's redirect URI, returning that URL (code and state, or an error).

function absorb(jar: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

export async function signInAtIdp(authorizationUrl: string | URL, login: string, redirectUri: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(authorizationUrl);
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 12; hop++) {
    if (url.href.startsWith(redirectUri)) return url;
    const response = await fetch(url, { method: body ? "POST" : "GET", body, headers: { cookie: cookieHeader(jar) }, redirect: "manual" });
    body = undefined;
    absorb(jar, response);
    const location = response.headers.get("location");
    if (location) {
      url = new URL(location, url);
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action || !html.includes('name="login"')) throw new Error(`The identity provider answered ${response.status} without a sign-in form.`);
    url = new URL(action.replace(/&amp;/g, "&"), url);
    body = new URLSearchParams({ prompt: "login", login, password: "any" });
  }
  throw new Error("Too many redirects at the identity provider.");
}
