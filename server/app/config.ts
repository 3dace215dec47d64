/** Settings that come from the function's environment variables (cloudbaserc.json envVariables). */
export interface AppConfig {
  /** OPENIDs that become staff on their first call: how the first staff member exists. */
  adminOpenids: readonly string[];
  communityName: string;
  /** Signs fair check-in codes (HMAC-SHA256); empty when unset, and then no code is issued. */
  codeSecret: string;
}

export const readConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => ({
  adminOpenids: (env.LINLI_ADMIN_OPENIDS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
  communityName: env.LINLI_COMMUNITY_NAME?.trim() || '潘苑社区',
  codeSecret: env.LINLI_CODE_SECRET?.trim() ?? '',
});
