/** Five wrong PINs lock a user for a minute: a 6-digit PIN must not be guessable by a script on the shared PC. */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();

  constructor(
    private readonly maxFailures = 5,
    private readonly lockMs = 60_000,
  ) {}

  lockedFor(userId: string, now: number): number {
    const entry = this.failures.get(userId);
    return entry && entry.lockedUntil > now ? entry.lockedUntil - now : 0;
  }

  fail(userId: string, now: number): void {
    const entry = this.failures.get(userId) ?? { count: 0, lockedUntil: 0 };
    entry.count += 1;
    if (entry.count >= this.maxFailures) {
      entry.count = 0;
      entry.lockedUntil = now + this.lockMs;
    }
    this.failures.set(userId, entry);
  }

  succeed(userId: string): void {
    this.failures.delete(userId);
  }
}
