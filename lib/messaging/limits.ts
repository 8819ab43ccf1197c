/** The longest message or template, in characters: about six SMS segments. */
export const MESSAGE_MAX = 1000;
