/** Who reads support plans (the BFF's rule): staff with case records. */
export const planReaderRoles = ['duty_officer', 'support_worker', 'team_manager'] as const

/** Who writes, shares, reviews and closes them (the BFF's rule): never a duty officer. */
export const planWriterRoles = ['support_worker', 'team_manager'] as const
