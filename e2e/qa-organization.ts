// A fresh organisation for one test, made by the app's QA endpoint (POST /api/qa/organizations,
// lib/qa/handler.ts): tests that change members or roles work on their own people and never
// race another worker over the shared demo organisation.
import { expect, type APIRequestContext } from "@playwright/test";
import type { QaOrganization as Made, QaOrganizationInput } from "@/lib/qa/organizations";

/** A member of a QA organisation, with the password they sign in with. */
export type QaMember = Made["owner"] & { password: string };

export type QaOrganization = Omit<Made, "owner" | "admin" | "agents"> & { owner: QaMember; admin: QaMember; agents: QaMember[] };

export type QaOrganizationOptions = QaOrganizationInput;

export async function createQaOrganization(request: APIRequestContext, options: QaOrganizationOptions = {}): Promise<QaOrganization> {
  const token = process.env.QA_TOKEN;
  if (!token) throw new Error("QA_TOKEN is not set: playwright.config.ts sets one for the server it starts.");
  const response = await request.post("/api/qa/organizations", { headers: { authorization: `Bearer ${token}` }, data: options });
  expect(response.status(), await response.text()).toBe(201);
  const made = (await response.json()) as Made;
  const withPassword = (member: Made["owner"]): QaMember => ({ ...member, password: made.password });
  return { ...made, owner: withPassword(made.owner), admin: withPassword(made.admin), agents: made.agents.map(withPassword) };
}
