package se.nyskapa.standalone;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone jar's store mode ({@code --nyskapa.mode=store}): only the embedded stores, served on loopback so that
 * command-side and query-side run as processes of their own on one machine. The event database is H2 over TCP
 * ({@code jdbc:h2:tcp://127.0.0.1:R/nyskapa}), the projections a MongoDB-wire server; both files under the data
 * directory, written as the standalone platform writes them. Not a production set-up: Axon Server and MongoDB are.
 */
final class StoreProcess {

    private static final Logger log = LoggerFactory.getLogger(StoreProcess.class);
    /** The database name in the services' URL, {@code jdbc:h2:tcp://…/nyskapa}. */
    static final String DATABASE = "nyskapa";

    private final Connection database;
    private final Server databaseServer;
    private final MongoServer projectionServer;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private StoreProcess(Path dataDir, int mongoPort, int h2Port) throws SQLException {
        // H2 otherwise listens on every interface (refusing remote clients only once they have connected)
        System.setProperty("h2.bindAddress", "127.0.0.1");
        // opened here first, with the settings the event tables need; the services' connections share it, and
        // -ifExists refuses them any other database
        database = DriverManager.getConnection(EmbeddedStores.databaseUrl(dataDir.resolve(DATABASE)), "sa", "");
        databaseServer = Server.createTcpServer("-tcpPort", String.valueOf(h2Port), "-baseDir", dataDir.toString(),
                                                "-ifExists").start();
        projectionServer = EmbeddedStores.projectionServer(dataDir, mongoPort);
    }

    static boolean requested(String[] args) {
        return "store".equals(environment(args).getProperty("nyskapa.mode"));
    }

    static void run(String[] args) throws Exception {
        StandardEnvironment environment = environment(args);
        Path dataDir = EmbeddedStores.dataDir(Path.of(environment.getProperty("nyskapa.data-dir", "./data/store")));
        int mongoPort = environment.getProperty("nyskapa.store.mongo-port", Integer.class, 27017);
        int h2Port = environment.getProperty("nyskapa.store.h2-port", Integer.class, 9092);
        StoreProcess store = new StoreProcess(dataDir, mongoPort, h2Port);
        Runtime.getRuntime().addShutdownHook(new Thread(store::stop, "store-stop"));
        log.info("Store ready in {}: events jdbc:h2:tcp://127.0.0.1:{}/{}, projections mongodb://127.0.0.1:{}/nyskapa",
                 dataDir, store.databaseServer.getPort(), DATABASE, store.projectionServer.getLocalAddress().getPort());
        store.stopped.await();
    }

    private void stop() {
        projectionServer.shutdownNow();
        databaseServer.stop();
        try {
            database.close();
        } catch (SQLException e) {
            log.warn("The event database did not close cleanly", e);
        }
        stopped.countDown();
    }

    /** Arguments first, then system properties and the environment ({@code NYSKAPA_DATA_DIR}), as Spring Boot reads them. */
    private static StandardEnvironment environment(String[] args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return environment;
    }
}
