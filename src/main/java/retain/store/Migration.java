package retain.store;

/**
 * One numbered schema step: the SQL that takes the database from {@code version - 1} to {@code
 * version}.
 *
 * @param name the resource file name, for messages
 */
record Migration(int version, String name, String sql) {

  /** Checks the version is positive and the script is not empty. */
  Migration {
    if (version < 1) {
      throw new IllegalArgumentException("migration versions start at 1: " + version);
    }
    if (sql.isBlank()) {
      throw new IllegalArgumentException("migration " + name + " is empty");
    }
  }
}
