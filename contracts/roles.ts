export const ROLES = ['resident', 'staff', 'grid_worker', 'property', 'volunteer', 'canteen_operator'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  staff: '社区工作人员',
  grid_worker: '网格员',
  property: '物业人员',
  volunteer: '志愿者',
  canteen_operator: '食堂操作员',
};

/** Roles staff grant by hand; `resident` follows from binding a household. */
export const GRANTABLE_ROLES = ['staff', 'grid_worker', 'property', 'volunteer', 'canteen_operator'] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

/** Roles that may act as community staff in the admin area. */
export const ADMIN_ROLES: readonly Role[] = ['staff'];

/** Elders are residents aged 60 or more, counted from the birth year in Asia/Shanghai's calendar. */
export const ELDER_AGE = 60;
