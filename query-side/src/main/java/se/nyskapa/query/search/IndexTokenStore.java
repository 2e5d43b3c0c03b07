package se.nyskapa.query.search;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the search processor's tokens in the data of the index's own commits: a stored token goes to disk with the
 * index's next commit (see {@link SearchIndex#commit}), together with every contribution written before it, so the
 * index on disk is never behind the position it records, and a restart goes on from where the index is.
 * <p>
 * Claims are held in-process and so need no bookkeeping here: only this process can open the index (Lucene locks
 * its directory), so only its own processor ever claims these segments.
 */
final class IndexTokenStore implements TokenStore {

    private static final String PREFIX = "token/";
    /** A stored {@code null} token (a segment at the very start of the events). */
    private static final String NO_TOKEN = "";

    private final SearchIndex index;
    private final Serializer serializer;
    /** The tokens as last committed (or about to be), by {@code token/<processor>/<segment>}. */
    private final Map<String, String> tokens = new TreeMap<>();

    IndexTokenStore(SearchIndex index, Serializer serializer) {
        this.index = index;
        this.serializer = serializer;
        index.committedData().forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                tokens.put(key, value);
            }
        });
    }

    @Override
    public synchronized void initializeTokenSegments(String processorName, int segmentCount,
                                                     TrackingToken initialToken) {
        if (fetchSegments(processorName).length > 0) {
            throw new UnableToClaimTokenException("Could not initialize segments: some are present already");
        }
        for (int segment = 0; segment < segmentCount; segment++) {
            tokens.put(key(processorName, segment), serialize(initialToken));
        }
        commit();
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        initializeTokenSegments(processorName, segmentCount, null);
    }

    @Override
    public synchronized void storeToken(TrackingToken token, String processorName, int segment) {
        tokens.put(key(processorName, segment), serialize(token));
        commit();
    }

    @Override
    public synchronized TrackingToken fetchToken(String processorName, int segment) {
        String stored = tokens.get(key(processorName, segment));
        if (stored == null) {
            throw new UnableToClaimTokenException("No token was initialized for segment " + segment
                                                          + " of processor " + processorName);
        }
        return deserialize(stored);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        // claims are held in-process: see the class comment
    }

    @Override
    public synchronized void initializeSegment(TrackingToken token, String processorName, int segment) {
        if (tokens.putIfAbsent(key(processorName, segment), serialize(token)) != null) {
            throw new UnableToInitializeTokenException("Segment " + segment + " of " + processorName
                                                               + " has a token already");
        }
        commit();
    }

    @Override
    public synchronized void deleteToken(String processorName, int segment) {
        tokens.remove(key(processorName, segment));
        commit();
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return true;
    }

    @Override
    public synchronized int[] fetchSegments(String processorName) {
        String prefix = PREFIX + processorName + "/";
        return tokens.keySet().stream().filter(key -> key.startsWith(prefix))
                     .mapToInt(key -> Integer.parseInt(key.substring(prefix.length())))
                     .sorted().toArray();
    }

    private void commit() {
        index.commit(tokens);
    }

    private static String key(String processorName, int segment) {
        return PREFIX + processorName + "/" + segment;
    }

    /** The token's type, its revision (empty if none) and its serialized form, one line each. */
    private String serialize(TrackingToken token) {
        if (token == null) {
            return NO_TOKEN;
        }
        SerializedObject<String> serialized = serializer.serialize(token, String.class);
        String revision = serialized.getType().getRevision();
        return serialized.getType().getName() + "\n" + (revision == null ? "" : revision) + "\n"
                + serialized.getData();
    }

    private TrackingToken deserialize(String stored) {
        if (stored.equals(NO_TOKEN)) {
            return null;
        }
        String[] parts = stored.split("\n", 3);
        return serializer.deserialize(new SimpleSerializedObject<>(parts[2], String.class, parts[0],
                                                                   parts[1].isEmpty() ? null : parts[1]));
    }
}
