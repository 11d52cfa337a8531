package io.github.logicrm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for a test class: the Debian package's binaries ({@code /usr/lib/postgresql/N/bin},
 * installed by {@code .ci/run}) run {@code initdb} and {@code pg_ctl} in a temporary directory on a free port,
 * as the {@code postgres} system user when the tests run as root. The tests are skipped, saying why, when the
 * binaries are absent. Register with {@code @RegisterExtension static PostgresServer server = new PostgresServer();}.
 */
public final class PostgresServer implements BeforeAllCallback, AfterAllCallback {

  private static final Path INSTALLS = Path.of("/usr/lib/postgresql");

  private Path bin;
  private Path data;
  private int port;
  private boolean asPostgres;

  /** Makes the extension; the server starts before the test class's tests. */
  public PostgresServer() {}

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Optional<Path> found = binaries();
    Assumptions.assumeTrue(found.isPresent(),
        "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: install Debian's postgresql "
            + "package (apt-get install -y postgresql) to run the JDBC tests");
    bin = found.get();
    asPostgres = "root".equals(System.getProperty("user.name"));
    data = Files.createTempDirectory("logicrm-pg");
    if (asPostgres) {
      UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
      Files.setOwner(data, users.lookupPrincipalByName("postgres"));
    }
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    run(bin.resolve("initdb").toString(), "-D", data.resolve("db").toString(), "-U", "test", "--auth=trust",
        "-E", "UTF8", "--locale=C", "--no-sync");
    run(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-w", "-t", "60",
        "-l", data.resolve("server.log").toString(),
        "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -F", "start");
  }

  private static Optional<Path> binaries() throws IOException {
    if (!Files.isDirectory(INSTALLS)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(INSTALLS)) {
      return versions.map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.naturalOrder());
    }
  }

  private void run(String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    if (asPostgres) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true)
        .redirectOutput(data.resolve("commands.log").toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("failed: " + String.join(" ", line) + "\n"
          + Files.readString(data.resolve("commands.log")));
    }
  }

  /**
   * Opens a connection to the server's {@code postgres} database.
   *
   * @return a new connection, in auto-commit mode
   * @throws SQLException when the server refuses
   */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), "test", "");
  }

  /**
   * Returns the JDBC URL of the server's {@code postgres} database, with the user in it.
   *
   * @return the URL
   */
  public String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=test";
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (data == null) {
      return;
    }
    try {
      run(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-m", "immediate", "-w", "stop");
    } finally {
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }
}
