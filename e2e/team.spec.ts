// Settings → Team Members: the list, search, role filter, paging by Next and Previous, the capped count, and each member's page.
import { DEACTIVATED, QA_LEAD } from "./demo-data";
import { asAccount, expect, inFreshOrganization, test } from "./fixtures";

test.describe("as the Acme owner", () => {
  test.use(asAccount("owner"));

  test("lists each member's name, email, role and status", async ({ teamPage }) => {
    await teamPage.goto();
    await expect(teamPage.heading).toBeVisible();
    await expect(teamPage.table.getByRole("columnheader")).toHaveText(["Name", "Email", "Role", "Status", "Two-factor"]);
    await expect(teamPage.row(QA_LEAD.name).getByRole("cell")).toHaveText([QA_LEAD.name, QA_LEAD.email, QA_LEAD.role, "Active", "Off"]);
    await expect(teamPage.row(DEACTIVATED.name).getByRole("cell")).toHaveText([DEACTIVATED.name, DEACTIVATED.email, "Agent", "Deactivated", "Off"]);
    await expect(teamPage.row("Olivia Owner").getByRole("cell")).toHaveText(["Olivia Owner", "owner@acme.test", "Owner", "Active", "Off"]);
  });

  test("search by email finds the one member", async ({ page, teamPage }) => {
    await teamPage.goto();
    await teamPage.search(QA_LEAD.email);
    await expect(teamPage.rows).toHaveCount(1);
    await expect(teamPage.memberLink(QA_LEAD.name)).toBeVisible();
    await expect(page.getByText("1 member match.")).toBeVisible();
    await teamPage.search("nobody-by-this-name@example.test");
    await expect(teamPage.rows).toHaveText(["No members match."]);
  });

  test("filter by role QA Lead shows only Quinn Lead", async ({ teamPage }) => {
    await teamPage.goto();
    await teamPage.filterByRole(QA_LEAD.role);
    await expect(teamPage.rows).toHaveCount(1);
    await expect(teamPage.row(QA_LEAD.name)).toBeVisible();
    await expect(teamPage.roleFilter).toHaveValue(/[0-9a-f-]{36}/);
  });

  test("pages through the team with Next and Previous", async ({ teamPage }) => {
    await teamPage.goto();
    await expect(teamPage.rows).toHaveCount(25);
    await expect(teamPage.previousLink).toHaveCount(0);
    await teamPage.nextLink.click();
    await expect(teamPage.rows).toHaveCount(2);
    await expect(teamPage.nextLink).toHaveCount(0);
    await teamPage.previousLink.click();
    await expect(teamPage.rows).toHaveCount(25);
    await expect(teamPage.previousLink).toHaveCount(0);
  });

  test("a member's page shows the profile and a Role select grouped into built-in and custom roles", async ({ teamPage, memberPage }) => {
    await teamPage.goto();
    await teamPage.search(QA_LEAD.name);
    await teamPage.openMember(QA_LEAD.name);
    await expect(memberPage.profile).toContainText(QA_LEAD.email);
    await expect(memberPage.profile).toContainText(QA_LEAD.title);
    await expect(memberPage.profile).toContainText("Member since");
    await expect(memberPage.roleSelect).toBeEnabled();
    await expect(memberPage.selectedRole(QA_LEAD.role)).toHaveCount(1);
    const groups = await memberPage.roleGroups();
    expect(Object.keys(groups)).toEqual(["Built-in roles", "Custom roles"]);
    expect(groups["Built-in roles"]).toEqual(["Owner", "Admin", "Agent"]);
    expect(groups["Custom roles"]).toContain(QA_LEAD.role);
    await expect(memberPage.saveButton).toBeVisible();
  });

  test("your own member page says you can't change your own role", async ({ teamPage, memberPage }) => {
    await teamPage.goto();
    await teamPage.openMember("Olivia Owner");
    await expect(memberPage.roleSelect).toBeDisabled();
    await expect(memberPage.roleSelect).toHaveAccessibleDescription("You can't change your own role. Ask another admin.");
    // Said once: the locked select holds the current role alone, with no reason per option.
    expect(await memberPage.roleGroups()).toEqual({ "Built-in roles": ["Owner"] });
    await expect(memberPage.saveButton).toHaveCount(0);
  });
});

test.describe("as the Acme admin", () => {
  test.use(asAccount("admin"));

  test("the Owner's Role select is disabled, with the reason", async ({ teamPage, memberPage }) => {
    await teamPage.goto();
    await teamPage.openMember("Olivia Owner");
    await expect(memberPage.roleSelect).toBeDisabled();
    await expect(memberPage.roleSelect).toHaveAccessibleDescription("Only an Owner can give or take away the Owner role.");
    await expect(memberPage.saveButton).toHaveCount(0);
  });
});

test.describe("a team past the count's cap", () => {
  test.use(inFreshOrganization({ agents: 0, extraMembers: 420 }));

  test("says 400+, pages by Next and Previous in the chosen order, and counts a narrower search exactly", async ({ page, teamPage, qaOrg }) => {
    await teamPage.goto();
    await expect(page.getByText(`400+ members in ${qaOrg.organization.name}.`)).toBeVisible();
    await expect(page.getByText("(400+ members match the search and filter)")).toBeVisible();
    await expect(teamPage.rows.first()).toContainText("Adam Admin");
    await teamPage.nextLink.click();
    await expect(teamPage.rows.first()).toContainText("Team Member 024");
    await expect(teamPage.rows).toHaveCount(25);
    await teamPage.previousLink.click();
    await expect(teamPage.rows.first()).toContainText("Adam Admin");
    await expect(teamPage.previousLink).toHaveCount(0);

    await teamPage.goto("?sort=-name");
    await expect(teamPage.rows.first()).toContainText("Team Member 420");
    await teamPage.nextLink.click();
    await expect(page).toHaveURL(/[?&]sort=-name/);
    await expect(teamPage.rows.first()).toContainText("Team Member 395");

    await teamPage.goto();
    await teamPage.search("Team Member 4");
    await expect(page.getByText("21 members match.")).toBeVisible();
    await expect(teamPage.rows).toHaveCount(21);
    await expect(teamPage.pagination).toHaveCount(0);
  });
});
