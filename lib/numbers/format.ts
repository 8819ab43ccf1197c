// Phone numbers are stored as E.164 (+12125550142) and shown the way people write them.

export const E164 = /^\+[1-9]\d{7,14}$/;

/** "+1 (212) 555-0142", "+44 20 7946 0958", "+44 161 496 0123"; anything else as stored. */
export function formatPhone(e164: string): string {
  const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  if (us) return `+1 (${us[1]}) ${us[2]}-${us[3]}`;
  const gb = /^\+44(\d{10})$/.exec(e164);
  if (gb) {
    const n = gb[1];
    if (n.startsWith("20")) return `+44 20 ${n.slice(2, 6)} ${n.slice(6)}`;
    if (n.startsWith("7")) return `+44 ${n.slice(0, 4)} ${n.slice(4)}`;
    return `+44 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  }
  return e164;
}

/**
 * What a person typed as a destination, in E.164; null when it cannot be one. Numbers
 * without a country code are read as numbers of `home`, the sending number's country.
 */
export function parsePhone(input: string, home: string): string | null {
  const trimmed = input.trim();
  if (!/^[+\d\s().-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, "");
  let e164: string;
  if (trimmed.startsWith("+")) e164 = `+${digits}`;
  else if (trimmed.startsWith("00")) e164 = `+${digits.slice(2)}`;
  else if (home === "US" && digits.length === 10) e164 = `+1${digits}`;
  else if (home === "US" && digits.length === 11 && digits.startsWith("1")) e164 = `+${digits}`;
  else if (home === "GB" && digits.startsWith("0") && digits.length === 11) e164 = `+44${digits.slice(1)}`;
  else return null;
  return E164.test(e164) ? e164 : null;
}
