/** Who or what a number rings, in words. */
export function RingsCell({ number }: { number: { memberName: string | null; memberStatus?: string | null; ringGroupName: string | null } }) {
  if (number.memberName) {
    return number.memberStatus === "deactivated" ? (
      <>
        {number.memberName} <span className="text-slate-700">(deactivated)</span>
      </>
    ) : (
      <>{number.memberName}</>
    );
  }
  if (number.ringGroupName) {
    return (
      <>
        {number.ringGroupName} <span className="text-slate-700">(ring group)</span>
      </>
    );
  }
  return <span className="text-slate-700">Not assigned</span>;
}
