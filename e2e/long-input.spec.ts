// Pasted text longer than the server accepts is kept whole, counted and refused with a message,
// never cut to fit: on a public form and on a settings form.
import { expectNoViolations } from "./axe";
import { asAccount, endsWith, expect, signedOut, test } from "./fixtures";

test.describe(() => {
  test.use(signedOut);

  test("sign-up keeps a 100-character name and says it is 20 too many", async ({ page, signUpPage }) => {
    await signUpPage.goto();
    const name = page.getByRole("textbox", { name: "Your name" });
    const long = "Bartholomew ".repeat(9).slice(0, 100);
    await name.fill(long);
    await expect(name).toHaveValue(long);
    await expect(name).toHaveAccessibleDescription(/20 characters too many: at most 80\./);
    await page.getByRole("button", { name: "Create organisation" }).click();
    await expect(name).toHaveAccessibleDescription(endsWith("Names can be at most 80 characters."));
    await expect(name).toHaveValue(long);
    await expectNoViolations(page);
  });
});

test.describe(() => {
  test.use(asAccount("owner"));

  test("an API key name over 60 characters is counted, refused and kept", async ({ page, apiKeysPage }) => {
    await apiKeysPage.goto();
    const name = page.getByRole("textbox", { name: "Key name" });
    await name.fill("k".repeat(50));
    await expect(name).toHaveAccessibleDescription(/10 characters left\./);
    await name.fill("k".repeat(70));
    await expect(name).toHaveAccessibleDescription(/10 characters too many: at most 60\./);
    await page.getByRole("button", { name: "Create API key" }).click();
    await expect(name).toHaveAccessibleDescription(endsWith("Key names can be at most 60 characters."));
    await expect(name).toHaveValue("k".repeat(70));
  });
});
