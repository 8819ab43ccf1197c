// SMS & Messaging: text a new contact and reply with a template, watching the carrier's
// delivery reports; manage templates (with a stale edit refused); what an Agent
// and a QA Lead may not do; axe on every screen.
import type { Page } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { asAccount, expect, test, uniqueName } from "./fixtures";

const status = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });
const thread = (page: Page) => page.getByRole("list", { name: "Messages" });
const messageWith = (page: Page, text: string) => thread(page).getByRole("listitem").filter({ hasText: text });
const conversations = (page: Page) => page.getByRole("list", { name: "Conversations" });
const templateForm = (page: Page, name: string) => page.getByRole("form", { name: `Template ${name}` });

async function openConversation(page: Page, contact: string) {
  await page.goto("/messages");
  await page.getByRole("searchbox", { name: "Search" }).fill(contact);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await conversations(page).getByRole("link", { name: contact }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: contact })).toBeVisible();
}

async function textNewContact(page: Page, to: string, name: string, body: string) {
  await page.goto("/messages");
  await page.getByRole("link", { name: "New message" }).click();
  // Typing before the page is interactive can be lost: the button is enabled once it is.
  await expect(page.getByRole("button", { name: "Send message" })).toBeEnabled();
  await page.getByLabel("To", { exact: true }).fill(to);
  await page.getByLabel("Contact name (optional)").fill(name);
  await page.getByLabel("Message", { exact: true }).fill(body);
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page).toHaveURL(/\/messages\/[0-9a-f-]{36}$/);
}

test.describe("as the Acme owner", () => {
  test.use(asAccount("owner"));

  test("texts a new contact, replies with a template, and sees each message delivered", async ({ page }, testInfo) => {
    const name = uniqueName("Casey", testInfo);
    // A fictional number (555-01xx) no earlier run has texted, so the thread is a new one.
    const area = 201 + Math.floor(Math.random() * 700);
    const line = String(Math.floor(Math.random() * 100)).padStart(2, "0");
    await textNewContact(page, `+1 (${area}) 555-01${line}`, name, `Hi, this is Acme Support about order ${name}.`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(messageWith(page, `about order ${name}`)).toContainText("Delivered");

    const insert = page.getByRole("button", { name: "Insert template" });
    await expect(insert).toBeEnabled();
    await page.getByLabel("Template").selectOption({ label: "Greeting" });
    await insert.click();
    const box = page.getByRole("textbox", { name: "Message" });
    await expect(box).toHaveValue("Hi Casey, thanks for contacting Acme Support. How can we help today?");
    await box.fill(`${await box.inputValue()} (${name})`);
    await page.getByRole("button", { name: "Send", exact: true }).click();

    await expect(status(page, `Message to ${name} queued with the carrier.`)).toBeVisible();
    await expect(box).toHaveValue("");
    const reply = messageWith(page, `How can we help today? (${name})`);
    await expect(reply).toContainText(/Queued|Sent|Delivered/);
    await expect(reply).toContainText("Delivered");
    await expect(reply).toContainText("Olivia Owner");
  });

  test("a message to an undeliverable number shows as not delivered", async ({ page }, testInfo) => {
    const marker = uniqueName("Landline check", testInfo);
    await textNewContact(page, "+1 500 555 0009", "", marker);
    await expect(messageWith(page, marker)).toContainText("Not delivered");
  });

  test("creates, edits and deletes a template", async ({ page }, testInfo) => {
    const name = uniqueName("E2E template", testInfo);
    await page.goto("/messages/templates");
    const create = page.getByRole("form", { name: "New template" });
    await expect(create.getByRole("button", { name: "Create template" })).toBeEnabled();
    await create.getByLabel("Name").fill(name);
    await create.getByLabel("Text").fill("Hi {first_name}, your replacement ships today.");
    await create.getByRole("button", { name: "Create template" }).click();
    await expect(status(page, `Template “${name}” created.`)).toBeVisible();
    await expect(create.getByLabel("Name")).toHaveValue("");

    const form = templateForm(page, name);
    await form.getByLabel("Text").fill("Hi {first_name}, your replacement ships tomorrow.");
    await form.getByRole("button", { name: "Save template" }).click();
    await expect(status(page, `Saved “${name}”.`)).toBeVisible();

    await page.getByRole("button", { name: `Delete template ${name}` }).click();
    const dialog = page.getByRole("alertdialog", { name: `Delete “${name}”?` });
    await expect(dialog).toContainText("can't be undone");
    await dialog.getByRole("button", { name: "Delete template" }).click();
    await expect(page).toHaveURL(/\/messages\/templates$/);
    await expect(status(page, `Deleted the template “${name}”.`)).toBeVisible();
    await expect(templateForm(page, name)).toHaveCount(0);
  });

  test("an edit made from a stale page is refused, keeping the newer text", async ({ page, openAs }, testInfo) => {
    const name = uniqueName("E2E stale", testInfo);
    await page.goto("/messages/templates");
    const create = page.getByRole("form", { name: "New template" });
    await expect(create.getByRole("button", { name: "Create template" })).toBeEnabled();
    await create.getByLabel("Name").fill(name);
    await create.getByLabel("Text").fill("First version");
    await create.getByRole("button", { name: "Create template" }).click();
    await expect(templateForm(page, name)).toBeVisible();

    const admin = await openAs("admin");
    await admin.page.goto("/messages/templates");
    await expect(templateForm(admin.page, name).getByRole("button", { name: "Save template" })).toBeEnabled();
    await templateForm(admin.page, name).getByLabel("Text").fill("Admin's version");
    await templateForm(admin.page, name).getByRole("button", { name: "Save template" }).click();
    await expect(status(admin.page, `Saved “${name}”.`)).toBeVisible();

    await templateForm(page, name).getByLabel("Text").fill("Owner's version");
    await templateForm(page, name).getByRole("button", { name: "Save template" }).click();
    await expect(status(page, "This template was changed by someone else. Reload to see the latest version.")).toBeVisible();
    await page.goto("/messages/templates");
    await expect(templateForm(page, name).getByLabel("Text")).toHaveValue("Admin's version");
  });
});

test.describe("as an Acme agent, who may read and send but not manage templates", () => {
  test.use(asAccount("agent"));

  test("sees templates read-only with the reason, and can still insert them into a reply", async ({ page }) => {
    await page.goto("/messages/templates");
    await expect(page.getByText("Creating, editing and deleting them needs the “Manage templates” permission.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Create template" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 2, name: "Greeting" })).toBeVisible();

    await openConversation(page, "Jordan Reyes");
    await expect(page.getByRole("button", { name: "Insert template" })).toBeEnabled();
  });
});

test.describe("as the QA Lead, who may not view conversations", () => {
  test.use(asAccount("qa"));

  test("is refused the messaging pages", async ({ page }) => {
    for (const path of ["/messages", "/messages/templates"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
    }
  });
});

test.describe("accessibility", () => {
  test.use(asAccount("owner"));
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`messaging screens at ${viewport.width} px have no axe violations`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto("/messages?compose=1");
      await expect(page.getByRole("button", { name: "Send message" })).toBeEnabled();
      await expectNoViolations(page, { afterAnimations: true });
      await openConversation(page, "Jordan Reyes");
      await expect(page.getByRole("button", { name: "Insert template" })).toBeEnabled();
      await expectNoViolations(page, { afterAnimations: true });
      await page.goto("/messages/templates");
      await expect(page.getByRole("button", { name: "Create template" })).toBeEnabled();
      await expectNoViolations(page, { afterAnimations: true });
      await page.getByRole("button", { name: "Delete template Greeting" }).click();
      await expect(page.getByRole("alertdialog")).toBeVisible();
      await expectNoViolations(page, { afterAnimations: true });
    });
  }
});
