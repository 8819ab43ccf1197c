import { CrossOriginError, requestIsSameOrigin } from "./same-origin";

/**
 * Marks a server action that deliberately runs without a signed-in member (sign in, sign
 * out). Every other action goes through serverAction(); a test holds that line.
 */
export function publicAction<Args extends unknown[], Result>(body: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result> {
  return async (...args) => {
    if (!(await requestIsSameOrigin())) throw new CrossOriginError();
    return body(...args);
  };
}
