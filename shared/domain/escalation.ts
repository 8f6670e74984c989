import type { Role } from './roles';

/**
 * Escalation with a clear path (issue 16, item 3; DOMAIN.md "Service desk"): agent → owner → platform
 * intervention (平台介入). A case's level is where it stands now; every move is a step kept for ever, so a case can
 * be escalated again after a hand-back or after the platform decided.
 * - agent: the service desk handles it (never escalated, or handed back by the owner);
 * - owner: escalated to the owner, who hands it back with a decision note or takes it to the platform;
 * - platform: the platform intervenes; evidence is recorded until its decision;
 * - decided: the platform decided; the case may be escalated again (an appeal, a new complaint).
 */
export const escalationLevels = ['agent', 'owner', 'platform', 'decided'] as const;
export type EscalationLevel = (typeof escalationLevels)[number];

/** The moves. `evidence` keeps the level (platform); the others change it. */
export const escalationActions = ['to_owner', 'hand_back', 'to_platform', 'evidence', 'decide'] as const;
export type EscalationAction = (typeof escalationActions)[number];

/** Why an agent escalates to the owner (the short list; `other` needs words). */
export const escalationReasons = [
  'buyer_demands_platform',
  'amount_over_limit',
  'no_agreement',
  'suspected_abuse',
  'policy_exception',
  'other',
] as const;
export type EscalationReason = (typeof escalationReasons)[number];

/** The platform's decision: for the merchant (nothing paid), for the buyer (the refund it ordered), or split. */
export const platformDecisions = ['merchant', 'buyer', 'split'] as const;
export type PlatformDecision = (typeof platformDecisions)[number];

/** From which levels each move may start, and where it leaves the case. */
const moves: Record<EscalationAction, { from: readonly EscalationLevel[]; to: EscalationLevel | 'same' }> = {
  to_owner: { from: ['agent', 'decided'], to: 'owner' },
  hand_back: { from: ['owner'], to: 'agent' },
  // The platform often steps in at the buyer's request, whoever holds the case.
  to_platform: { from: ['agent', 'owner', 'decided'], to: 'platform' },
  evidence: { from: ['platform'], to: 'same' },
  decide: { from: ['platform'], to: 'decided' },
};

/**
 * Who may make each move. Service staff escalate and record what the platform asked, received and decided (facts
 * from the platform's back office); handing a case back is the owner's decision. Inspectors make none.
 */
export const escalationActionRoles: Record<EscalationAction, readonly Role[]> = {
  to_owner: ['owner', 'service'],
  hand_back: ['owner'],
  to_platform: ['owner', 'service'],
  evidence: ['owner', 'service'],
  decide: ['owner', 'service'],
};

/** The level after `action`, or null when the move is not allowed from `level`. */
export const nextEscalationLevel = (level: EscalationLevel, action: EscalationAction): EscalationLevel | null => {
  const move = moves[action];
  if (!move.from.includes(level)) return null;
  return move.to === 'same' ? level : move.to;
};

/** The moves `role` may make on a case at `level` (what the case page offers). */
export const allowedEscalationActions = (level: EscalationLevel, role: Role): EscalationAction[] =>
  escalationActions.filter((action) => nextEscalationLevel(level, action) !== null && escalationActionRoles[action].includes(role));

/** Largest amount a decision may carry: ¥1,000,000 in fen (a typing slip beyond it, not a real case). */
export const maxDecisionFen = 100_000_000;

/**
 * What is wrong with a decision's amount, or null: for the merchant nothing is paid (0 or none); for the buyer the
 * platform orders a refund (0 allowed: a return without money, rare but real); a split always moves some money.
 */
export const decisionAmountProblem = (
  decision: PlatformDecision,
  amountFen: number | null,
): 'amount_required' | 'amount_not_allowed' | null => {
  if (decision === 'merchant') return amountFen !== null && amountFen > 0 ? 'amount_not_allowed' : null;
  if (amountFen === null) return 'amount_required';
  if (decision === 'split' && amountFen === 0) return 'amount_required';
  return null;
};

/** An escalation to the owner with the reason `other` says what it is. */
export const reasonNeedsText = (reason: EscalationReason): boolean => reason === 'other';
