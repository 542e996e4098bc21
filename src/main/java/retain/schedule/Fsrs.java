package retain.schedule;

/**
 * The FSRS-6 memory model as pure functions, one per formula of the paper (fsrs-spec §4).
 *
 * <p>Notation: S stability in days, D difficulty, R retrievability, t elapsed days, G the grade
 * (Again 1 to Easy 4), w the weights of {@link FsrsParameters}. r8(x) rounds to 8 decimals half up,
 * where ts-fsrs 5.4.2 does (fsrs-spec §4.9); matching it is what lets the reference vectors pass
 * within 1e-12 rather than 1e-7.
 */
public final class Fsrs {

  /** Lowest stability in FSRS-6 (it was 0.01 in FSRS-5; fsrs-spec §8.11). */
  public static final double S_MIN = 0.001;

  /** Highest stability, 100 years (fsrs-spec §4). */
  public static final double S_MAX = 36500;

  /** The first-stability floor of ts-fsrs only (fsrs-spec §4.3). */
  private static final double S0_FLOOR = 0.1;

  private Fsrs() {}

  /**
   * Forgetting curve, fsrs-spec §4.1: R = r8((1 + factor·t/S)^decay), with decay = −w20 and factor
   * = r8(0.9^(1/decay) − 1), so that R(S, S) = 0.9. Reads w20.
   */
  public static double retrievability(double elapsedDays, double stability, FsrsParameters p) {
    return r8(Math.pow(1 + factor(p) * elapsedDays / stability, decay(p)));
  }

  /**
   * Interval for a desired retention r, fsrs-spec §4.2, before fuzz: min(max(1, round(S·IM)),
   * maximumInterval), with IM = r8((r^(1/decay) − 1)/factor), exactly 1 at r = 0.9. Rounds half up
   * (§8.7). Reads w20.
   */
  public static int nextInterval(double stability, FsrsParameters p) {
    double modifier = r8((Math.pow(p.desiredRetention(), 1 / decay(p)) - 1) / factor(p));
    return (int) Math.min(Math.max(1, Math.round(stability * modifier)), p.maximumInterval());
  }

  /** First stability, fsrs-spec §4.3: S0(G) = max(w[G−1], 0.1). Reads w0 to w3. */
  public static double initialStability(Rating grade, FsrsParameters p) {
    return Math.max(p.w(grade.grade() - 1), S0_FLOOR);
  }

  /**
   * First difficulty, fsrs-spec §4.3: clamp(D0raw(G), 1, 10) with D0raw(G) = r8(w4 − e^(w5·(G−1)) +
   * 1). Reads w4, w5.
   */
  public static double initialDifficulty(Rating grade, FsrsParameters p) {
    return clamp(rawInitialDifficulty(grade, p), 1, 10);
  }

  /**
   * Stability after a recall on a later day, fsrs-spec §4.5: r8(clamp(S·(1 + e^w8·(11 − D)·S^−w9·
   * (e^(w10·(1−R)) − 1)·HP·EB), S_MIN, S_MAX)), HP = w15 for Hard, EB = w16 for Easy, else 1. D and
   * S are from before the review. Reads w8, w9, w10, w15, w16.
   */
  public static double stabilityAfterSuccess(
      double difficulty, double stability, double r, Rating grade, FsrsParameters p) {
    double hardPenalty = grade == Rating.HARD ? p.w(15) : 1;
    double easyBonus = grade == Rating.EASY ? p.w(16) : 1;
    double growth =
        Math.exp(p.w(8))
            * (11 - difficulty)
            * Math.pow(stability, -p.w(9))
            * (Math.exp(p.w(10) * (1 - r)) - 1)
            * hardPenalty
            * easyBonus;
    return r8(clamp(stability * (1 + growth), S_MIN, S_MAX));
  }

  /**
   * Stability after a lapse on a later day, fsrs-spec §4.6 and §8.4: min(max(r8(S/e^(w17·w18)),
   * S_MIN), S_f) with S_f = r8(clamp(w11·D^−w12·((S+1)^w13 − 1)·e^(w14·(1−R)), S_MIN, S_MAX)). With
   * short-term off w17·w18 counts as 0, so the cap is S. Reads w11 to w14, w17, w18.
   */
  public static double stabilityAfterFailure(
      double difficulty, double stability, double r, FsrsParameters p) {
    double forgotten =
        p.w(11)
            * Math.pow(difficulty, -p.w(12))
            * (Math.pow(stability + 1, p.w(13)) - 1)
            * Math.exp(p.w(14) * (1 - r));
    double shortTermDrop = p.shortTerm() ? p.w(17) * p.w(18) : 0;
    double cap = Math.max(r8(stability / Math.exp(shortTermDrop)), S_MIN);
    return Math.min(cap, r8(clamp(forgotten, S_MIN, S_MAX)));
  }

  /**
   * Same-day stability, fsrs-spec §4.7: SInc = S^−w19·e^(w17·(G − 3 + w18)), at least 1 for Hard,
   * Good and Easy (§8.3); S' = r8(clamp(S·SInc, S_MIN, S_MAX)). Reads w17, w18, w19.
   */
  public static double shortTermStability(double stability, Rating grade, FsrsParameters p) {
    double increase =
        Math.pow(stability, -p.w(19)) * Math.exp(p.w(17) * (grade.grade() - 3 + p.w(18)));
    if (grade != Rating.AGAIN) {
      increase = Math.max(increase, 1);
    }
    return r8(clamp(stability * increase, S_MIN, S_MAX));
  }

  /**
   * Difficulty after any review but the first, fsrs-spec §4.4: D' = D + r8(−w6·(G − 3)·(10 − D)/9),
   * then clamp(meanReversion(D0raw(Easy), D'), 1, 10). Reads w4 to w7.
   */
  public static double nextDifficulty(double difficulty, Rating grade, FsrsParameters p) {
    double change = -p.w(6) * (grade.grade() - 3);
    double damped = difficulty + r8(change * (10 - difficulty) / 9);
    return clamp(meanReversion(rawInitialDifficulty(Rating.EASY, p), damped, p), 1, 10);
  }

  /**
   * Mean reversion, fsrs-spec §4.4 step 3: r8(w7·target + (1 − w7)·D). The target is the unclamped
   * D0raw(Easy), negative with the defaults (§8.5). Reads w7.
   */
  public static double meanReversion(double target, double difficulty, FsrsParameters p) {
    return r8(p.w(7) * target + (1 - p.w(7)) * difficulty);
  }

  /**
   * The next memory state for one grade, fsrs-spec §4.8: the first-review formulas when {@code
   * before} is {@link MemoryState#NONE}; otherwise, with R = R(t, S), the short-term formula when t
   * = 0 and short-term is on, the lapse formula for Again, the success formula for the rest; D from
   * {@link #nextDifficulty}.
   */
  public static MemoryState step(
      MemoryState before, Rating grade, long elapsedDays, FsrsParameters p) {
    if (before.isNone()) {
      return new MemoryState(initialStability(grade, p), initialDifficulty(grade, p));
    }
    double s = before.stability();
    double d = before.difficulty();
    double r = retrievability(elapsedDays, s, p);
    double stability;
    if (elapsedDays == 0 && p.shortTerm()) {
      stability = shortTermStability(s, grade, p);
    } else if (grade == Rating.AGAIN) {
      stability = stabilityAfterFailure(d, s, r, p);
    } else {
      stability = stabilityAfterSuccess(d, s, r, grade, p);
    }
    return new MemoryState(stability, nextDifficulty(d, grade, p));
  }

  /** decay = −w20: the curve's flatness, fitted per user in FSRS-6 (fsrs-spec §4.1). */
  static double decay(FsrsParameters p) {
    return -p.w(20);
  }

  /**
   * factor = r8(0.9^(1/decay) − 1), chosen so that R(S, S) = 0.9: (1 + factor)^decay = 0.9. The
   * power is taken as exp(ln 0.9 / decay), as ts-fsrs does (fsrs-spec §4.1); 0.98034649 with the
   * defaults.
   */
  static double factor(FsrsParameters p) {
    return r8(Math.exp(Math.log(0.9) / decay(p)) - 1);
  }

  /** D0raw(G) = r8(w4 − e^(w5·(G−1)) + 1), fsrs-spec §4.3, unclamped. Reads w4, w5. */
  static double rawInitialDifficulty(Rating grade, FsrsParameters p) {
    return r8(p.w(4) - Math.exp(p.w(5) * (grade.grade() - 1)) + 1);
  }

  /** Rounds to 8 decimals half up, as ts-fsrs's Math.round(x·1e8)/1e8 (fsrs-spec §4.9). */
  static double r8(double x) {
    return Math.round(x * 1e8) / 1e8;
  }

  private static double clamp(double x, double low, double high) {
    return Math.min(Math.max(x, low), high);
  }
}
