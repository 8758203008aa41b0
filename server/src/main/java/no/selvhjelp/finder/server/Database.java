package no.selvhjelp.finder.server;

/**
 * The PostgreSQL database that holds the repository instead of embedded Derby: a JDBC URL and the
 * login. The password is never printed ({@link #toString()} hides it).
 */
public record Database(String jdbcUrl, String user, String password) {
  public Database {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "the JDBC URL must start with jdbc:postgresql:, got " + jdbcUrl);
    }
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  @Override
  public String toString() {
    return "Database[" + jdbcUrl + " as " + (user.isEmpty() ? "(default user)" : user) + "]";
  }
}
