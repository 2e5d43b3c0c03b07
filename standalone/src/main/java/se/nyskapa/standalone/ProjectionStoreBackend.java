package se.nyskapa.standalone;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The wire server's H2 backend with documents stored as BSON ({@link BsonDocumentType}) and unique indexes keyed by
 * {@link IndexKeyType}, both in place of H2's Java serialisation: each map is opened with its types before the
 * backend opens it by name, and the store then hands the backend the map already open.
 * <p>
 * The store's format is marked in the file. A file without the mark was written Java-serialised (by an earlier
 * Nyskapa, or by the wire server's own backend) and cannot be read in this format; it holds nothing but projections
 * and their tokens, so it is moved aside and the projections are rebuilt from the events.
 */
final class ProjectionStoreBackend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(ProjectionStoreBackend.class);
    private static final String FORMAT_MAP = "nyskapa.format";
    private static final String FORMAT = "bson-1";
    /** {@code H2Database}'s prefix of its collections' data maps, which it keeps to its package. */
    private static final String DATA_MAP_PREFIX = "databases.";

    ProjectionStoreBackend(Path file) {
        super(open(file));
    }

    private static MVStore open(Path file) {
        MVStore store = MVStore.open(file.toString());
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        if (FORMAT.equals(format.get("maps"))) {
            return store;
        }
        boolean written = store.getMapNames().stream().anyMatch(name -> name.startsWith(DATA_MAP_PREFIX));
        if (written) {
            store.close();
            Path aside = file.resolveSibling(file.getFileName() + ".java-serialised");
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            log.warn("{} was written in an older format; moved to {}: every projection is rebuilt from the events",
                     file, aside);
            store = MVStore.open(file.toString());
            format = store.openMap(FORMAT_MAP);
        }
        format.put("maps", FORMAT);
        store.commit();
        return store;
    }

    /**
     * Spring Boot's MongoDB health check asks {@code hello}, the name MongoDB 4.4.2 gave {@code isMaster}; the wire
     * server knows only the old name, and the health of every process using it was DOWN.
     */
    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return super.handleCommand(channel, databaseName, command.equals("hello") ? "ismaster" : command, query);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            getMvStore().openMap(DATA_MAP_PREFIX + getFullCollectionNamespace(collectionName),
                                 new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
            return super.openOrCreateCollection(collectionName, options);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            getMvStore().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                                 new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
