import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-16">
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <p className="text-sm font-semibold text-slate-700">404</p>
        <h1 className="mt-1 text-2xl font-semibold">Page not found</h1>
        <p className="mt-2 text-slate-800">It doesn't exist, or it belongs to another organisation.</p>
        <Link href="/" className="mt-4 inline-block text-brand-700 underline underline-offset-2">
          Go to your overview
        </Link>
      </div>
    </main>
  );
}
