package se.nyskapa.standalone;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The projection store keeps what the driver wrote, value for value, across a restart, and finds it by id as before;
 * a file in the wire server's own format is set aside rather than misread.
 */
class ProjectionStoreBackendTests {

    @TempDir
    Path dir;

    @Test
    void everyKindOfValueReadsBackAsWritten_afterARestart() {
        Path file = dir.resolve("projections.mv");
        Document profile = new Document("_id", "2361").append("name", "Åre kommun – fjällvärlden")
                .append("contributions", 3_000_000_000L).append("share", 0.25).append("heard", true)
                .append("missing", null).append("at", new Date(1_700_000_000_000L))
                .append("revision", new ObjectId()).append("bytes", new Binary(new byte[]{1, 2, 3}))
                .append("needs", List.of(new Document("text", "Bredband i byarna").append("count", 4),
                                         new Document("text", "<script>alert(1)</script>").append("count", 1)))
                .append("nested", new Document("deeper", new Document("list", List.of(1, 2, 3))));

        withCollection(new ProjectionStoreBackend(file), documents -> documents.insertOne(profile));

        withCollection(new ProjectionStoreBackend(file), documents ->
                assertThat(documents.find(Filters.eq("_id", "2361")).first()).isEqualTo(profile));
    }

    @Test
    void documentsAreFoundByIdAndKeptUnique_acrossRestarts() {
        Path file = dir.resolve("projections.mv");

        withCollection(new ProjectionStoreBackend(file), documents -> IntStream.range(0, 500).forEach(
                i -> documents.insertOne(new Document("_id", "doc-" + i).append("n", i))));

        withCollection(new ProjectionStoreBackend(file), documents -> {
            IntStream.range(0, 500).forEach(i -> assertThat(n(documents, "doc-" + i)).isEqualTo(i));
            documents.replaceOne(Filters.eq("_id", "doc-7"), new Document("_id", "doc-7").append("n", 700),
                                 new ReplaceOptions().upsert(true));
            assertThatThrownBy(() -> documents.insertOne(new Document("_id", "doc-8")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            IntStream.range(500, 1000).forEach(i -> documents.insertOne(new Document("_id", "doc-" + i).append("n", i)));
        });

        withCollection(new ProjectionStoreBackend(file), documents -> {
            assertThat(n(documents, "doc-7")).isEqualTo(700);
            IntStream.range(0, 1000).filter(i -> i != 7)
                     .forEach(i -> assertThat(n(documents, "doc-" + i)).isEqualTo(i));
            assertThat(documents.countDocuments()).isEqualTo(1000);
        });
    }

    /** Axon's token store keeps one token per processor and segment under a unique index of a string and a number. */
    @Test
    void aUniqueIndexOfAStringAndANumberRefusesTheSameKeyTwice_acrossRestarts() {
        Path file = dir.resolve("projections.mv");
        withCollection(new ProjectionStoreBackend(file), tokens -> {
            tokens.createIndex(Indexes.ascending("processorName", "segment"), new IndexOptions().unique(true));
            IntStream.range(0, 4).forEach(segment -> tokens.insertOne(
                    new Document("processorName", "themes").append("segment", segment)));
            tokens.insertOne(new Document("processorName", "visits").append("segment", 0));
        });

        withCollection(new ProjectionStoreBackend(file), tokens -> {
            assertThatThrownBy(() -> tokens.insertOne(new Document("processorName", "themes").append("segment", 2)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            tokens.insertOne(new Document("processorName", "themes").append("segment", 4));
            assertThat(tokens.countDocuments(Filters.eq("processorName", "themes"))).isEqualTo(5);
        });
    }

    @Test
    void aFileInTheOlderJavaSerialisedFormatIsSetAside_andTheStoreStartsEmpty() {
        Path file = dir.resolve("projections.mv");
        withCollection(new H2Backend(file.toString()), documents -> documents.insertOne(new Document("_id", "old")));

        withCollection(new ProjectionStoreBackend(file), documents -> {
            assertThat(documents.countDocuments()).isZero();
            documents.insertOne(new Document("_id", "new"));
        });

        assertThat(dir.resolve("projections.mv.java-serialised")).exists();
        withCollection(new ProjectionStoreBackend(file), documents ->
                assertThat(documents.find().map(d -> d.getString("_id")).into(new ArrayList<>()))
                        .containsExactly("new"));
    }

    /** The document's number, found by its id; null when there is no such document. */
    private static Integer n(MongoCollection<Document> documents, String id) {
        Document found = documents.find(Filters.eq("_id", id)).first();
        return found == null ? null : found.getInteger("n");
    }

    private static void withCollection(MongoBackend backend, Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        try (MongoClient client = MongoClients.create(
                "mongodb://" + address.getHostString() + ":" + address.getPort())) {
            work.accept(client.getDatabase("nyskapa").getCollection("documents"));
        } finally {
            server.shutdownNow();
        }
    }
}
