/** The bulk role change form, which the team list's "Select <name>" checkboxes belong to (their form attribute). */
export const BULK_ASSIGN_FORM = "bulk-assign";
