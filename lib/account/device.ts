// A session's device as people say it ("Chrome on macOS"), from the user agent its browser
// sent at sign-in. Only for recognising your own sessions: nothing is decided on it.

const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, "Edge"],
  [/\bOPR\//, "Opera"],
  [/\bFirefox\/|\bFxiOS\//, "Firefox"],
  [/\b(Headless)?Chrome\/|\bCriOS\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
];

const SYSTEMS: [RegExp, string][] = [
  [/\biPhone\b/, "iPhone"],
  [/\biPad\b/, "iPad"],
  [/\bAndroid\b/, "Android"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bLinux\b/, "Linux"],
];

export function describeDevice(userAgent: string | null): string {
  const browser = userAgent && BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = userAgent && SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!browser) return "Unknown browser";
  return system ? `${browser} on ${system}` : browser;
}
