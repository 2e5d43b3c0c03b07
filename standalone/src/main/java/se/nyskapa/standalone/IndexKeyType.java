package se.nyskapa.standalone;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;
import org.h2.mvstore.type.StringDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of the wire server's unique indexes ({@code _id} among them). H2's default type orders and stores keys as
 * Java-serialised bytes, serialising both keys again at every comparison: a lookup among n keys serialised ~2·log n
 * keys, and with that type the index took a seventh of a projection's rebuild. Here the string parts of a key (every
 * projection document's id is one) compare and store as strings; any other part keeps H2's own type. The order is a
 * total one, consistent with {@link KeyValue#equals}, which is all a unique index asks of it.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    private static final byte STRING = 0;
    private static final byte OTHER = 1;

    private final ObjectDataType others = new ObjectDataType();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        if (a == b) {
            return 0;
        }
        int parts = Math.min(a.size(), b.size());
        for (int i = 0; i < parts; i++) {
            int order = comparePart(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private int comparePart(Object a, Object b) {
        boolean aString = a instanceof String;
        boolean bString = b instanceof String;
        if (aString && bString) {
            return ((String) a).compareTo((String) b);
        }
        if (aString != bString) {
            return aString ? -1 : 1;
        }
        return others.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object part : key) {
            if (part instanceof String text) {
                buffer.put(STRING);
                StringDataType.INSTANCE.write(buffer, text);
            } else {
                buffer.put(OTHER);
                others.write(buffer, part);
            }
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> parts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            parts.add(buffer.get() == STRING ? StringDataType.INSTANCE.read(buffer) : others.read(buffer));
        }
        return new KeyValue(parts);
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 48;
        for (Object part : key) {
            memory += part instanceof String text ? StringDataType.INSTANCE.getMemory(text) : others.getMemory(part);
        }
        return memory;
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
