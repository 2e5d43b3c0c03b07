package se.nyskapa.query.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A query reads every document as it is stored now, whichever process wrote it last. */
class MongoDocumentStoreTest {

    @Document("tallies")
    static class Tally implements ProjectionDocument {
        @Id
        String id;
        List<String> heard = new ArrayList<>();

        Tally() {
        }

        Tally(String id, String... heard) {
            this.id = id;
            this.heard = List.of(heard);
        }

        @Override
        public String id() {
            return id;
        }
    }

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final List<MongoClient> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(MongoClient::close);
        server.shutdownNow();
    }

    @Test
    void aQueryReadsWhatAnotherProcessWroteSinceItsLastRead() {
        server.bind("127.0.0.1", 0);
        MongoDocumentStore reader = process();
        MongoDocumentStore writer = process();

        writer.saveAll(Tally.class, List.of(new Tally("2321", "c-1")));
        assertThat(reader.read("2321", Tally.class)).get().extracting(tally -> tally.heard).asList()
                                                   .containsExactly("c-1");
        assertThat(reader.read("2321", Tally.class)).get().extracting(tally -> tally.heard).asList()
                                                   .containsExactly("c-1");

        writer.saveAll(Tally.class, List.of(new Tally("2321", "c-1", "c-2")));
        assertThat(reader.read("2321", Tally.class)).get().extracting(tally -> tally.heard).asList()
                                                   .containsExactly("c-1", "c-2");

        writer.drop(Tally.class);
        assertThat(reader.read("2321", Tally.class)).isEmpty();
    }

    private MongoDocumentStore process() {
        InetSocketAddress address = server.getLocalAddress();
        MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        clients.add(client);
        return new MongoDocumentStore(new MongoTemplate(client, "nyskapa"));
    }
}
