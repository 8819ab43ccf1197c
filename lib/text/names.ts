// Names people read to decide whom to trust (role names, member names): refused when they
// hide characters or mix alphabets, and compared by how they look, not by their code points.
// Unicode Technical Standard #39: confusable skeletons (confusables.txt, through the
// `unhomoglyph` package) and the "Highly Restrictive" single-script rule, applied per word.
import unhomoglyph from "unhomoglyph";
import { SCRIPT_NAMES } from "./scripts";

const CONTROL = /[\p{Cc}\p{Cf}]/u;
// Zero widths, bidi controls, Hangul fillers, variation selectors...: nothing to see, so
// "Owner" plus one of them would pass for Owner.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
// Unassigned, private-use and lone surrogate code points, line and paragraph separators:
// no font shows them the same way twice.
const UNDEFINED = /[\p{Cn}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u;

type Script = string;

// A script this engine's Unicode version doesn't know has only unassigned characters here,
// which UNDEFINED refuses anyway.
const SCRIPTS: { name: Script; pattern: RegExp }[] = SCRIPT_NAMES.flatMap((name) => {
  try {
    return [{ name, pattern: new RegExp(`\\p{Script_Extensions=${name}}`, "u") }];
  } catch {
    return [];
  }
});

// UTS #39 5.1: Han, Hiragana, Katakana, Hangul and Bopomofo are written together in
// Japanese, Korean and Chinese, so they stand for those writing systems as well.
const WRITING_SYSTEMS: Record<string, Script[]> = {
  Han: ["Han", "Japanese", "Korean", "Han_with_Bopomofo"],
  Hiragana: ["Hiragana", "Japanese"],
  Katakana: ["Katakana", "Japanese"],
  Hangul: ["Hangul", "Korean"],
  Bopomofo: ["Bopomofo", "Han_with_Bopomofo"],
};
const WITH_LATIN = ["Japanese", "Korean", "Han_with_Bopomofo"];

/** The scripts a character is written in; null for one used in every script (digits, punctuation, marks). */
function scriptsOf(char: string): Script[] | null {
  // Most names are ASCII: no need to ask about 170 scripts.
  if (char < "\u0080") return /[A-Za-z]/.test(char) ? ["Latin"] : null;
  const found = SCRIPTS.filter((script) => script.pattern.test(char)).flatMap((script) => WRITING_SYSTEMS[script.name] ?? [script.name]);
  return found.length ? found : null;
}

/** UTS #39's resolved script set: the scripts every character shares; null when none is specific. */
function resolvedScripts(chars: string[]): Script[] | null {
  let shared: Script[] | null = null;
  for (const char of chars) {
    const scripts = scriptsOf(char);
    if (scripts) shared = shared ? shared.filter((s) => scripts.includes(s)) : scripts;
  }
  return shared;
}

/** Highly Restrictive (UTS #39 5.2): one script, or Latin with Japanese, Korean or Chinese. */
function isSingleScript(word: string): boolean {
  const chars = [...word];
  const all = resolvedScripts(chars);
  if (!all || all.length) return true;
  const others = resolvedScripts(chars.filter((char) => !scriptsOf(char)?.includes("Latin")));
  return !!others?.some((script) => WITH_LATIN.includes(script));
}

const scriptLabel = (script: Script) => script.replace(/_/g, " ");

function mixedScriptProblem(name: string): string | null {
  for (const word of name.split(/\s+/u)) {
    if (isSingleScript(word)) continue;
    const seen = [...new Set([...word].flatMap((char) => (scriptsOf(char) ?? []).slice(0, 1)))];
    if (seen.length < 2) return `“${word}” mixes alphabets. Write each word in one alphabet.`;
    return `“${word}” mixes ${seen.slice(0, -1).map(scriptLabel).join(", ")} and ${scriptLabel(seen.at(-1)!)} letters. Write each word in one alphabet.`;
  }
  return null;
}

/**
 * Why a name can't be used, in words for the person typing it; null when it can.
 * `what` is the plural the messages start with ("Role names", "Names").
 */
export function nameProblem(name: string, what: string): string | null {
  if (/\p{Cc}/u.test(name)) return `${what} can't contain control characters.`;
  if (INVISIBLE.test(name)) {
    return CONTROL.test(name)
      ? `${what} can't contain control characters.`
      : `${what} can't contain invisible characters, such as Hangul fillers or variation selectors.`;
  }
  if (CONTROL.test(name)) return `${what} can't contain control characters.`;
  if (UNDEFINED.test(name)) return `${what} can't contain unassigned or private-use characters.`;
  return mixedScriptProblem(name);
}

/** UTS #39 skeleton, after compatibility folding: equal skeletons look alike. Never shown. */
export function skeleton(text: string): string {
  const decomposed = text.normalize("NFKC").normalize("NFD").replace(new RegExp(INVISIBLE, "gu"), "");
  return unhomoglyph(decomposed).normalize("NFD").replace(/\s+/gu, " ").trim();
}

/** The forms two names are compared in: as written and case-folded, so "OWNER" meets "Оwner". */
function nameKeys(name: string, fold: (key: string) => string = (key) => key): Set<string> {
  const raw = skeleton(name);
  return new Set([raw, skeleton(name.toLowerCase()), skeleton(raw.toLowerCase())].map(fold));
}

/** Whether two names would pass for each other on screen, case aside. */
export function looksAlike(a: string, b: string, fold?: (key: string) => string): boolean {
  const keys = nameKeys(a, fold);
  return [...nameKeys(b, fold)].some((key) => keys.has(key));
}

/** Looser still, for names that must not even resemble another: accents, spaces and punctuation aside. */
export function resembles(a: string, b: string): boolean {
  return looksAlike(a, b, (key) => key.replace(/[\p{M}\s\p{P}\p{S}]+/gu, ""));
}
