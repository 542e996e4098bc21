package retain.store;

import java.sql.SQLException;

/** A piece of JDBC work, so SQLExceptions can be translated in one place ({@link Errors}). */
@FunctionalInterface
interface SqlWork<T> {
  T run() throws SQLException;
}
