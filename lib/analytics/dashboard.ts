// What the dashboards show a member: their own figures always, organisation totals with
// "Access team-wide stats", the per-member breakdown with "Access individual stats".
import type { Db } from "@/db";
import { callFiguresByMember, dailyCallFigures } from "@/db/queries/calls";
import { can, type Access } from "@/lib/authz/check";
import { periodRange, type PeriodDays, type PeriodRange } from "./period";

type Totals = { calls: number; answered: number; missed: number; voicemail: number; handleSeconds: number };

type DayFigures = Totals & { day: string; averageHandleSeconds: number };

export type Figures = Totals & { averageHandleSeconds: number; answerRate: number; days: DayFigures[] };

export type MemberFigures = Totals & {
  memberId: string | null;
  name: string;
  deactivated: boolean;
  averageHandleSeconds: number;
  answerRate: number;
};

export type Dashboard = {
  range: PeriodRange;
  own: Figures;
  /** Null without "Access team-wide stats". */
  team: Figures | null;
  /** Null without "Access individual stats". */
  members: MemberFigures[] | null;
};

const ZERO: Totals = { calls: 0, answered: 0, missed: 0, voicemail: 0, handleSeconds: 0 };

/** Handle time is only spent on answered calls, so the average is over those. */
const average = (t: Totals) => (t.answered ? Math.round(t.handleSeconds / t.answered) : 0);
const answerRate = (t: Totals) => (t.calls ? t.answered / t.calls : 0);

function sum(rows: Totals[]): Totals {
  return rows.reduce(
    (acc, r) => ({
      calls: acc.calls + r.calls,
      answered: acc.answered + r.answered,
      missed: acc.missed + r.missed,
      voicemail: acc.voicemail + r.voicemail,
      handleSeconds: acc.handleSeconds + r.handleSeconds,
    }),
    ZERO,
  );
}

const pick = (t: Totals): Totals => ({
  calls: t.calls,
  answered: t.answered,
  missed: t.missed,
  voicemail: t.voicemail,
  handleSeconds: t.handleSeconds,
});

/** Daily rows from the database, with the empty days filled in. */
function toFigures(rows: (Totals & { day: string })[], range: PeriodRange): Figures {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const days = range.dayKeys.map((day) => {
    const t = byDay.get(day) ?? ZERO;
    return { ...pick(t), day, averageHandleSeconds: average(t) };
  });
  const totals = sum(days);
  return { ...totals, averageHandleSeconds: average(totals), answerRate: answerRate(totals), days };
}

export async function loadDashboard(db: Db, access: Access, days: PeriodDays, now = new Date()): Promise<Dashboard> {
  const range = periodRange(days, now);
  const window = { since: range.since, until: range.until };
  const [own, team, members] = await Promise.all([
    dailyCallFigures(db, access.orgId, { ...window, memberId: access.memberId }),
    can(access, "analytics.teamStats") ? dailyCallFigures(db, access.orgId, window) : null,
    can(access, "analytics.individualStats") ? callFiguresByMember(db, access.orgId, window) : null,
  ]);
  return {
    range,
    own: toFigures(own, range),
    team: team && toFigures(team, range),
    members:
      members?.map((m) => ({
        ...pick(m),
        memberId: m.memberId,
        name: m.name ?? "No member",
        deactivated: m.status === "deactivated",
        averageHandleSeconds: average(m),
        answerRate: answerRate(m),
      })) ?? null,
  };
}
