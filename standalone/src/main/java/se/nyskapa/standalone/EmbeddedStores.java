package se.nyskapa.standalone;

import com.mongodb.ConnectionString;
import com.zaxxer.hikari.HikariDataSource;
import de.bwaldvogel.mongo.MongoServer;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stores of the standalone platform, both as files under the data directory: the event store in H2 (through
 * Axon's JDBC engine, in PostgreSQL mode because H2 2.x refuses Axon's generic DDL), and the projections and tokens in
 * an embedded MongoDB-wire server that the real MongoDB driver reaches over a loopback socket.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedStores {

    /**
     * H2 closes its database in a JVM shutdown hook of its own unless told not to; then the event store's reader
     * fails while Spring is still stopping it. Here the database closes with the pool, after everything using it.
     * H2 writes a commit to its file up to half a second later by default, so a killed process lost what it had
     * acknowledged; with no write delay a command is answered only once its events have left the process.
     */
    @Bean
    DataSource eventDatabase(StandaloneProperties properties) throws IOException {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(databaseUrl(dataDir(properties).resolve("events")));
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        dataSource.setPoolName("events");
        return dataSource;
    }

    @Bean(destroyMethod = "shutdownNow")
    MongoServer projectionStore(StandaloneProperties properties) throws IOException {
        return projectionServer(dataDir(properties), properties.store().mongoPort());
    }

    /** The event database as a file, in the settings Axon's PostgreSQL tables and the durability above need. */
    static String databaseUrl(Path file) {
        return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /** The projections' wire server on loopback, its documents in {@code projections.mv} under the directory. */
    static MongoServer projectionServer(Path dataDir, int port) {
        MongoServer server = new MongoServer(new ProjectionStoreBackend(dataDir.resolve("projections.mv")));
        server.bind("127.0.0.1", port);
        return server;
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    MongoClientSettingsBuilderCustomizer projectionStoreAddress(MongoServer projectionStore) {
        InetSocketAddress address = projectionStore.getLocalAddress();
        return settings -> settings.applyConnectionString(
                new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()));
    }

    static Path dataDir(StandaloneProperties properties) throws IOException {
        return dataDir(properties.dataDir());
    }

    static Path dataDir(Path dir) throws IOException {
        return Files.createDirectories(dir.toAbsolutePath().normalize());
    }
}
