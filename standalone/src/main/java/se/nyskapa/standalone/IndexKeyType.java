package se.nyskapa.standalone;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The keys of the wire server's unique indexes ({@code _id} among them), ordered exactly as H2's default type orders
 * them, by their Java-serialised bytes, and stored in the same form, so files written before read the same. The
 * default type serialises both keys again at every comparison: a lookup among n keys serialised ~2·log n keys, and
 * that was two thirds of the wire server's time. Here each key is serialised once while it lives.
 */
final class IndexKeyType extends ObjectDataType {

    /** Weak keys compare by identity: the bytes belong to that key object and go with it. */
    private final Cache<Object, byte[]> serialized = Caffeine.newBuilder().weakKeys().build();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue && b instanceof KeyValue) {
            return a == b ? 0 : compareNotNull(serialized(a), serialized(b));
        }
        return super.compare(a, b);
    }

    private byte[] serialized(Object key) {
        return serialized.get(key, ObjectDataType::serialize);
    }
}
