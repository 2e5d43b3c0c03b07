package se.nyskapa.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The platform's own event database, opened by the benchmark once the platform has stopped: the limits of the store
 * (raw sequential read, raw committed inserts) and the check that every acknowledged contribution is in it.
 */
final class EventTable implements AutoCloseable {

    /**
     * The platform's URL (see EmbeddedStores in the standalone module), so that the baselines run on the same
     * engine with the same settings: above all the same write delay, which decides what a commit costs.
     */
    static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("events") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
               + ";DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /** Axon's default table and column names, which the platform keeps. */
    private static final EventSchema EVENTS = new EventSchema();
    private static final EventSchema SCRATCH = EventSchema.builder().eventTable("raw_insert_baseline").build();
    private static final String CONTRIBUTION_RECORDED = "se.nyskapa.visit.ContributionRecorded";

    private final HikariDataSource database;

    EventTable(Path dataDir, int connections) {
        database = new HikariDataSource();
        database.setJdbcUrl(url(dataDir));
        database.setUsername("sa");
        database.setPassword("");
        database.setMaximumPoolSize(connections);
        database.setPoolName("bench");
    }

    record Read(long rows, long bytes, double seconds) {

        double perSecond() {
            return rows / seconds;
        }
    }

    /** Every row of the event table in order, each column fetched as it is stored and nothing deserialised. */
    Read readAll() throws SQLException {
        long started = System.nanoTime();
        long rows = 0;
        long bytes = 0;
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            try (ResultSet result = statement.executeQuery(
                    "SELECT " + EVENTS.globalIndexColumn() + ", " + EVENTS.domainEventFields() + " FROM "
                    + EVENTS.domainEventTable() + " ORDER BY " + EVENTS.globalIndexColumn())) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int column = 1; column <= columns; column++) {
                        byte[] value = result.getBytes(column);
                        bytes += value == null ? 0 : value.length;
                    }
                    rows++;
                }
            }
        }
        return new Read(rows, bytes, (System.nanoTime() - started) / 1e9);
    }

    record Stored(Set<String> missing, long duplicates, long recorded) {
    }

    /** Which acknowledged contributions have no recording in the store, and how many were recorded twice. */
    Stored check(Set<String> acknowledged) throws SQLException {
        Set<String> seen = new HashSet<>();
        long duplicates = 0;
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + EVENTS.payloadColumn() + " FROM " + EVENTS.domainEventTable() + " WHERE "
                     + EVENTS.payloadTypeColumn() + " = ?")) {
            statement.setFetchSize(1000);
            statement.setString(1, CONTRIBUTION_RECORDED);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String id = Api.JSON.readTree(result.getBytes(1)).path("contributionId").asString();
                    if (!seen.add(id)) {
                        duplicates++;
                    }
                }
            }
        }
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(seen);
        return new Stored(missing, duplicates, seen.size());
    }

    record Insert(long rows, double seconds) {

        double perSecond() {
            return rows / seconds;
        }
    }

    /**
     * Inserts copies of stored contribution rows (same payload and metadata, so the same size) into a table made by
     * the same DDL as the event table, from {@code clients} threads, each row its own committed transaction, for
     * {@code rows} rows or {@code limit} seconds, whichever ends first. The table is dropped afterwards.
     */
    Insert rawInsert(int clients, long rows, double limit) throws Exception {
        List<Object[]> samples = sampleRows();
        try (Connection connection = database.getConnection()) {
            PostgresEventTableFactory.INSTANCE.createDomainEventTable(connection, SCRATCH).execute();
        }
        AtomicLong next = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + (long) (limit * 1e9);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> inserting = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                String aggregate = "raw-" + client + "-";
                inserting.add(threads.submit(() -> {
                    try (Connection connection = database.getConnection();
                         PreparedStatement insert = connection.prepareStatement(
                                 "INSERT INTO " + SCRATCH.domainEventTable() + " (" + SCRATCH.domainEventFields()
                                 + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        connection.setAutoCommit(true);
                        long mine = 0;
                        while (next.getAndIncrement() < rows && System.nanoTime() < deadline) {
                            Object[] sample = samples.get((int) (mine % samples.size()));
                            insert.setString(1, UUID.randomUUID().toString());
                            insert.setString(2, aggregate + mine / 250);
                            insert.setLong(3, mine % 250);
                            insert.setString(4, "Visit");
                            insert.setString(5, Instant.now().toString());
                            insert.setString(6, CONTRIBUTION_RECORDED);
                            insert.setString(7, null);
                            insert.setBytes(8, (byte[]) sample[0]);
                            insert.setBytes(9, (byte[]) sample[1]);
                            insert.executeUpdate();
                            mine++;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : inserting) {
                client.get();
            }
        } finally {
            threads.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long inserted;
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + SCRATCH.domainEventTable())) {
                count.next();
                inserted = count.getLong(1);
            }
            statement.execute("DROP TABLE " + SCRATCH.domainEventTable());
        }
        return new Insert(inserted, seconds);
    }

    private List<Object[]> sampleRows() throws SQLException {
        List<Object[]> samples = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + EVENTS.payloadColumn() + ", " + EVENTS.metaDataColumn() + " FROM "
                     + EVENTS.domainEventTable() + " WHERE " + EVENTS.payloadTypeColumn() + " = ? LIMIT 1000")) {
            statement.setString(1, CONTRIBUTION_RECORDED);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    samples.add(new Object[]{result.getBytes(1), result.getBytes(2)});
                }
            }
        }
        if (samples.isEmpty()) {
            throw new IllegalStateException("no contribution is stored: nothing to copy for the insert baseline");
        }
        return samples;
    }

    @Override
    public void close() {
        database.close();
    }
}
