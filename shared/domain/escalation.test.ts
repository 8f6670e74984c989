import { describe, expect, it } from 'vitest';
import { allowedEscalationActions, decisionAmountProblem, escalationLevels, nextEscalationLevel } from './escalation';

describe('escalation path', () => {
  it('goes agent → owner → platform → decided, and back to the agent only from the owner', () => {
    expect(nextEscalationLevel('agent', 'to_owner')).toBe('owner');
    expect(nextEscalationLevel('owner', 'hand_back')).toBe('agent');
    expect(nextEscalationLevel('owner', 'to_platform')).toBe('platform');
    expect(nextEscalationLevel('platform', 'evidence')).toBe('platform');
    expect(nextEscalationLevel('platform', 'decide')).toBe('decided');
    // Escalated again after the platform decided (an appeal), or the platform steps in again.
    expect(nextEscalationLevel('decided', 'to_owner')).toBe('owner');
    expect(nextEscalationLevel('decided', 'to_platform')).toBe('platform');
  });

  it('refuses moves out of order', () => {
    expect(nextEscalationLevel('owner', 'to_owner')).toBeNull();
    expect(nextEscalationLevel('agent', 'hand_back')).toBeNull();
    expect(nextEscalationLevel('platform', 'to_owner')).toBeNull();
    expect(nextEscalationLevel('platform', 'to_platform')).toBeNull();
    expect(nextEscalationLevel('agent', 'evidence')).toBeNull();
    expect(nextEscalationLevel('owner', 'decide')).toBeNull();
    expect(nextEscalationLevel('decided', 'decide')).toBeNull();
  });

  it('offers each role only its own moves; inspectors none at any level', () => {
    expect(allowedEscalationActions('agent', 'service')).toEqual(['to_owner', 'to_platform']);
    expect(allowedEscalationActions('owner', 'service')).toEqual(['to_platform']);
    expect(allowedEscalationActions('owner', 'owner')).toEqual(['hand_back', 'to_platform']);
    expect(allowedEscalationActions('platform', 'service')).toEqual(['evidence', 'decide']);
    for (const level of escalationLevels) expect(allowedEscalationActions(level, 'inspector')).toEqual([]);
  });

  it('checks the decision amount against the outcome', () => {
    expect(decisionAmountProblem('merchant', null)).toBeNull();
    expect(decisionAmountProblem('merchant', 0)).toBeNull();
    expect(decisionAmountProblem('merchant', 100)).toBe('amount_not_allowed');
    expect(decisionAmountProblem('buyer', null)).toBe('amount_required');
    expect(decisionAmountProblem('buyer', 3990)).toBeNull();
    expect(decisionAmountProblem('split', 0)).toBe('amount_required');
    expect(decisionAmountProblem('split', 1500)).toBeNull();
  });
});
