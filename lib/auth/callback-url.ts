/** Only same-site paths: an open redirect after sign-in would be a phishing gift. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  if (value.startsWith("/sign-in")) return "/";
  return value;
}
