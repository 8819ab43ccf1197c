import { downloadInvoiceHandler } from "@/lib/billing/handlers";
import { routeHandler } from "@/lib/server-route-handler";

export const GET = routeHandler(downloadInvoiceHandler);
