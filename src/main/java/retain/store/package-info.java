/**
 * The SQLite progress store: schema and migrations, reviews, card states, sessions. The only
 * package that speaks SQL.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.store;
