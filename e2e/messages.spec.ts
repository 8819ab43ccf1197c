// SMS & Messaging: text a new contact and reply with a template, watching the carrier's
// delivery reports; manage templates (with a stale edit refused); what an Agent
// and a QA Lead may not do; axe on every screen. Each test has an organisation of its own
// with the demo's numbers, conversations and templates; the QA Lead is the demo's custom role.
import { expectNoViolations, VIEWPORTS } from "./axe";
import { asAccount, expect, inFreshOrganization, test, uniqueName } from "./fixtures";

// The demo's first contact: the seed gives every organisation with US numbers a thread with them.
const CONTACT = "Jordan Reyes";

test.describe("as the Owner", () => {
  test.use(inFreshOrganization({ agents: 4, areas: true }));

  test("texts a new contact, replies with a template, and sees each message delivered", async ({
    shell,
    messagesPage,
    conversationPage: conversation,
    qaOrg,
  }, testInfo) => {
    const name = uniqueName("Casey", testInfo);
    // A fictional number (555-0199) no seeded thread uses, so the thread is a new one.
    await messagesPage.textNewContact("+1 (303) 555-0199", name, `Hi, this is Acme Support about order ${name}.`);
    await expect(conversation.heading(name)).toBeVisible();
    await expect(conversation.messageWith(`about order ${name}`)).toContainText("Delivered");

    await expect(conversation.insertTemplateButton).toBeEnabled();
    await conversation.insertTemplate("Greeting");
    const box = conversation.reply;
    await expect(box).toHaveValue("Hi Casey, thanks for contacting Acme Support. How can we help today?");
    await box.fill(`${await box.inputValue()} (${name})`);
    await conversation.sendButton.click();

    await expect(shell.status(`Message to ${name} queued with the carrier.`)).toBeVisible();
    await expect(box).toHaveValue("");
    const reply = conversation.messageWith(`How can we help today? (${name})`);
    await expect(reply).toContainText(/Queued|Sent|Delivered/);
    await expect(reply).toContainText("Delivered");
    await expect(reply).toContainText(qaOrg.owner.name);
  });

  test("a message to an undeliverable number shows as not delivered", async ({ messagesPage, conversationPage }, testInfo) => {
    const marker = uniqueName("Landline check", testInfo);
    await messagesPage.textNewContact("+1 500 555 0009", "", marker);
    await expect(conversationPage.messageWith(marker)).toContainText("Not delivered");
  });

  test("creates, edits and deletes a template", async ({ page, shell, templatesPage: templates }, testInfo) => {
    const name = uniqueName("E2E template", testInfo);
    await templates.goto();
    await expect(templates.createButton).toBeEnabled();
    await templates.create(name, "Hi {first_name}, your replacement ships today.");
    await expect(shell.status(`Template “${name}” created.`)).toBeVisible();
    await expect(templates.createForm.getByLabel("Name")).toHaveValue("");

    await templates.edit(name, "Hi {first_name}, your replacement ships tomorrow.");
    await expect(shell.status(`Saved “${name}”.`)).toBeVisible();

    const dialog = await templates.startDelete(name);
    await expect(dialog).toContainText("can't be undone");
    await dialog.getByRole("button", { name: "Delete template" }).click();
    await expect(page).toHaveURL(/\/messages\/templates$/);
    await expect(shell.status(`Deleted the template “${name}”.`)).toBeVisible();
    await expect(templates.template(name)).toHaveCount(0);
  });

  test("an edit made from a stale page is refused, keeping the newer text", async ({ shell, templatesPage: templates, openAs, qaOrg }, testInfo) => {
    const name = uniqueName("E2E stale", testInfo);
    await templates.goto();
    await expect(templates.createButton).toBeEnabled();
    await templates.create(name, "First version");
    await expect(templates.template(name)).toBeVisible();

    const admin = await openAs(qaOrg.admin);
    await admin.templatesPage.goto();
    await expect(admin.templatesPage.saveButton(name)).toBeEnabled();
    await admin.templatesPage.edit(name, "Admin's version");
    await expect(admin.shell.status(`Saved “${name}”.`)).toBeVisible();

    await templates.edit(name, "Owner's version");
    await expect(shell.status("This template was changed by someone else. Reload to see the latest version.")).toBeVisible();
    await templates.goto();
    await expect(templates.template(name).getByLabel("Text")).toHaveValue("Admin's version");
  });
});

test.describe("as an Agent, who may read and send but not manage templates", () => {
  test.use(inFreshOrganization({ agents: 4, areas: true }));

  test("sees templates read-only with the reason, and can still insert them into a reply", async ({ qaOrg, openAs }) => {
    const { page, templatesPage, messagesPage, conversationPage } = await openAs(qaOrg.agents[0]);
    await templatesPage.goto();
    await expect(page.getByText("Creating, editing and deleting them needs the “Manage templates” permission.")).toBeVisible();
    await expect(templatesPage.createButton).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 2, name: "Greeting" })).toBeVisible();

    await messagesPage.openConversation(CONTACT);
    await expect(conversationPage.insertTemplateButton).toBeEnabled();
  });
});

test.describe("as the QA Lead, who may not view conversations", () => {
  test.use(asAccount("qa"));

  test("is refused the messaging pages", async ({ shell, messagesPage, templatesPage }) => {
    await shell.expectDenied(
      () => messagesPage.goto(),
      () => templatesPage.goto(),
    );
  });
});

test.describe("accessibility", () => {
  test.use(inFreshOrganization({ agents: 4, areas: true }));
  for (const viewport of Object.values(VIEWPORTS)) {
    test(`messaging screens at ${viewport.width} px have no axe violations`, async ({ page, messagesPage, conversationPage, templatesPage }) => {
      await page.setViewportSize(viewport);
      await messagesPage.goto({ compose: true });
      await expect(messagesPage.sendMessageButton).toBeEnabled();
      await expectNoViolations(page);
      await messagesPage.openConversation(CONTACT);
      await expect(conversationPage.insertTemplateButton).toBeEnabled();
      await expectNoViolations(page);
      await templatesPage.goto();
      await expect(templatesPage.createButton).toBeEnabled();
      await expectNoViolations(page);
      await expect(await templatesPage.startDelete("Greeting")).toBeVisible();
      await expectNoViolations(page);
    });
  }
});
