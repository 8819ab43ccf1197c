/** Shared by the accept form's hint (client) and its validation (server). */
export const PASSWORD_MIN = 12;
