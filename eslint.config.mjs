import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

// eslint-config-next registers the jsx-a11y plugin but turns on only six of its rules; a flat
// config may not register a plugin twice, so take the recommended rules from that instance.
const jsxA11y = nextCoreWebVitals.find((config) => config.plugins?.["jsx-a11y"])?.plugins["jsx-a11y"];

const tests = ["**/*.test.ts", "**/*.test.tsx", "test/**", "e2e/**"];

export default tseslint.config(
  {
    ignores: [
      ".next*/**",
      "db/migrations/**",
      "reports/**",
      "test-results/**",
      "playwright-report/**",
      ".data/**",
      "next-env.d.ts",
      "lib/api/client/schema.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  {
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrollable region must be focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["region"] }],
      // Option cards put their label text two spans deep.
      "jsx-a11y/label-has-associated-control": ["error", { depth: 3 }],
      // Apostrophes and quotes in copy are fine in JSX text; a stray > or } is the typo this rule exists for.
      "react/no-unescaped-entities": ["error", { forbid: [">", "}"] }],
    },
  },
  // Type-aware: floating and misused promises, unsafe any, needless assertions are what tsc lets through.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ["**/*.{ts,tsx}"] })),
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `async` on a method that implements a Promise-returning interface keeps a throw a rejection; no await needed.
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: tests,
    rules: {
      // useFreshDatabase() and Playwright's use() are test helpers, not React hooks.
      "react-hooks/rules-of-hooks": "off",
      // expect.any() and expect.objectContaining() are typed any; the assertion itself checks the shape.
      "@typescript-eslint/no-unsafe-assignment": "off",
    },
  },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
);
