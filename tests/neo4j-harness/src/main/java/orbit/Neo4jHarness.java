// A throwaway in-process Neo4j (org.neo4j.test:neo4j-harness) for tests and local use.
// Bolt on 127.0.0.1, HTTP off, small page cache; data in a temporary directory that is
// deleted on exit. Prints `NEO4J_URI=bolt://127.0.0.1:PORT` once ready and runs until
// stdin closes or the process gets SIGTERM/SIGINT. The data is throwaway, so stopping skips
// Neo4j's graceful shutdown (about 10 s of checkpointing here): delete the folder, halt.
//
// Usage: java -cp ... orbit.Neo4jHarness [--port N] [--password P] [--ignore-stdin]
//   --port N      Bolt port (0, the default, picks a free one); env NEO4J_HARNESS_PORT too
//   --password P  turn auth on; user `neo4j` gets password P (at least 8 characters)
//   --ignore-stdin  do not stop when stdin closes (for running in the background)
package orbit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

public final class Neo4jHarness {
  private Neo4jHarness() {}

  public static void main(String[] args) throws Exception {
    int port = parsePort(System.getenv("NEO4J_HARNESS_PORT"), 0);
    String password = null;
    boolean watchStdin = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = parsePort(args[++i], port);
        case "--password" -> password = args[++i];
        case "--ignore-stdin" -> watchStdin = false;
        default -> {
          System.err.println("neo4j-harness: unknown argument " + args[i]);
          System.exit(2);
        }
      }
    }
    if (password != null && password.length() < 8) {
      System.err.println("neo4j-harness: --password needs at least 8 characters");
      System.exit(2);
    }

    Path workDir = Files.createTempDirectory("orbit-neo4j-");
    AtomicBoolean stopped = new AtomicBoolean(false);
    Runnable stop = () -> {
      if (stopped.compareAndSet(false, true)) {
        deleteTree(workDir);
        Runtime.getRuntime().halt(0);
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-harness-stop"));

    Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(workDir)
        .withDisabledServer()
        .withConfig(BoltConnector.enabled, true)
        .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .withConfig(HttpConnector.enabled, false)
        .withConfig(HttpsConnector.enabled, false)
        .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
        .withConfig(GraphDatabaseSettings.auth_enabled, password != null)
        .build();

    if (password != null) {
      neo4j.databaseManagementService()
          .database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    }

    int boltPort = neo4j.boltURI().getPort();
    System.out.println("NEO4J_URI=bolt://127.0.0.1:" + boltPort);
    System.out.flush();

    if (watchStdin) {
      InputStream in = System.in;
      byte[] buf = new byte[256];
      while (in.read(buf) >= 0) {
        // Anything written to stdin is ignored; end of input means the parent is gone.
      }
      stop.run();
    } else {
      Thread.currentThread().join();
    }
  }

  private static void deleteTree(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("neo4j-harness: could not delete " + root + ": " + e.getMessage());
    }
  }

  private static int parsePort(String value, int fallback) {
    if (value == null || value.isBlank()) return fallback;
    int p = Integer.parseInt(value.trim());
    if (p < 0 || p > 65535) throw new IllegalArgumentException("port out of range: " + p);
    return p;
  }
}
