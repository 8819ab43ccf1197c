// How long a role's name and description may be: the schema refuses beyond, the form counts down to it.
export const ROLE_NAME_MAX = 50;
export const ROLE_DESCRIPTION_MAX = 200;
