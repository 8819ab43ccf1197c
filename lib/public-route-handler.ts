/**
 * Marks a route handler that deliberately runs without a signed-in member (the two legs of
 * single sign-on, and QA's throwaway organisations). Every other route handler goes through routeHandler(); a test holds that
 * line and lists the reviewed public ones (test/every-handler-is-guarded.test.ts).
 */
export function publicRouteHandler(body: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return body;
}
