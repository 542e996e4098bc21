package retain.store;

import java.util.Locale;

/** What kind of run a session or review belongs to; stored as 'study', 'quiz' or 'exam'. */
public enum Mode {
  STUDY,
  QUIZ,
  EXAM;

  /** The spelling in the database. */
  String sqlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode spelled {@code name} in the database. */
  static Mode ofSqlName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
