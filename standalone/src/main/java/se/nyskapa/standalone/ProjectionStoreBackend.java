package se.nyskapa.standalone;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;

import java.util.List;

/**
 * The wire server's H2 backend with its unique indexes on {@link IndexKeyType}: each index map is opened with that
 * type before the backend opens it by name, and the store then hands the backend the map already open.
 */
final class ProjectionStoreBackend extends H2Backend {

    ProjectionStoreBackend(String fileName) {
        super(fileName);
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
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            getMvStore().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                                 new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
