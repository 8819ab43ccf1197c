import { PASSWORD_MIN } from "@/lib/members/password-rules";
import { Field } from "./field";

/** A new password and its confirmation (`confirmPassword`), with the length rule as a hint. */
export function NewPasswordFields({
  name,
  label,
  confirmLabel,
  errors,
}: {
  name: string;
  label: string;
  confirmLabel: string;
  errors?: Record<string, string[] | undefined>;
}) {
  return (
    <>
      <Field
        label={label}
        name={name}
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN} characters.`}
        errors={errors?.[name]}
      />
      <Field label={confirmLabel} name="confirmPassword" type="password" autoComplete="new-password" required errors={errors?.confirmPassword} />
    </>
  );
}
