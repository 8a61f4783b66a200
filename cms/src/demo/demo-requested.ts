/** Demo data only when the demo start asks for it (VERBUND_DEMO=1), and never in production. */
export const demoRequested = (env: NodeJS.ProcessEnv): { seed: boolean; reason?: string } => {
  if (env.VERBUND_DEMO !== '1') return { seed: false };
  if (env.NODE_ENV === 'production') return { seed: false, reason: 'VERBUND_DEMO is ignored in production' };
  return { seed: true };
};
