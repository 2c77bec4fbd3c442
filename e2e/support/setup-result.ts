/**
 * The outcome of a `beforeAll` step, kept for the tests to read. A failed `beforeAll` makes
 * vitest skip its tests, and skipped tests count as neither passed nor failed; storing the
 * error instead makes every test that needs the setup fail with it, so a browser that does
 * not launch shows up as that many failures in `N passed, N failed`.
 */
export class SetupResult<T> {
  private outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;

  constructor(private readonly what: string) {}

  async run(setup: () => Promise<T>): Promise<void> {
    try {
      this.outcome = { ok: true, value: await setup() };
    } catch (error) {
      this.outcome = { ok: false, error };
    }
  }

  /** The value, or the setup's error (wrapped, so the test says which setup failed). */
  get(): T {
    if (!this.outcome) throw new Error(`${this.what}: setup has not run`);
    if (!this.outcome.ok) {
      const cause = this.outcome.error;
      throw new Error(
        `${this.what} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
        {
          cause,
        },
      );
    }
    return this.outcome.value;
  }

  /** The value if the setup succeeded, for teardown. */
  peek(): T | undefined {
    return this.outcome?.ok ? this.outcome.value : undefined;
  }
}
