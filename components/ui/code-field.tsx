import { Field } from "./field";

type CodeFieldProps = {
  /** A recovery code instead of the authenticator app's 6 digits. */
  recovery?: boolean;
  hint?: string;
  errors?: string[];
  /** Controlled where React's reset after an answer must not clear what is typed (sign-in's code step). */
  value?: string;
  onChange?: (value: string) => void;
};

/** The two-factor code, posted as `code`: the authenticator app's digits, or one recovery code. */
export function CodeField({ recovery = false, hint, errors, value, onChange }: CodeFieldProps) {
  const controlled = onChange ? { value, onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.currentTarget.value) } : {};
  return recovery ? (
    <Field
      key="recovery"
      label="Recovery code"
      name="code"
      autoComplete="off"
      autoCapitalize="none"
      spellCheck={false}
      required
      hint={hint}
      errors={errors}
      {...controlled}
    />
  ) : (
    <Field
      key="app"
      label="Authentication code"
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={7}
      required
      hint={hint}
      errors={errors}
      {...controlled}
    />
  );
}
