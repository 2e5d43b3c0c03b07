package se.nyskapa.standalone;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The projection store's faster index keys change nothing of what is stored: a data directory written by the wire
 * server's own H2 backend is read and written through them by id as before, and the other way round.
 */
class ProjectionStoreBackendTests {

    @TempDir
    Path dir;

    @Test
    void documentsAreFoundByIdAndKeptUnique_whicheverBackendWroteTheFile() {
        String file = dir.resolve("projections.mv").toString();

        withCollection(new H2Backend(file), documents -> IntStream.range(0, 500).forEach(
                i -> documents.insertOne(new Document("_id", "doc-" + i).append("n", i))));

        withCollection(new ProjectionStoreBackend(file), documents -> {
            IntStream.range(0, 500).forEach(i -> assertThat(n(documents, "doc-" + i)).isEqualTo(i));
            documents.replaceOne(Filters.eq("_id", "doc-7"), new Document("_id", "doc-7").append("n", 700),
                                 new ReplaceOptions().upsert(true));
            assertThatThrownBy(() -> documents.insertOne(new Document("_id", "doc-8")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            IntStream.range(500, 1000).forEach(i -> documents.insertOne(new Document("_id", "doc-" + i).append("n", i)));
            assertThat(documents.countDocuments()).isEqualTo(1000);
        });

        withCollection(new H2Backend(file), documents -> {
            assertThat(n(documents, "doc-7")).isEqualTo(700);
            IntStream.range(0, 1000).filter(i -> i != 7)
                     .forEach(i -> assertThat(n(documents, "doc-" + i)).isEqualTo(i));
            assertThat(documents.countDocuments()).isEqualTo(1000);
        });
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
