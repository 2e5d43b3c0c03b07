package se.nyskapa.query.search;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOFunction;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Lucene index of contributions in one directory, with one writer. Its commits carry the processor's tokens
 * ({@link IndexTokenStore}): a commit holds every contribution written before the tokens it carries, so the index on
 * disk is never behind the position it records, and a restart goes on from there.
 * <p>
 * A commit flushes and syncs the segment files, and so does opening a searcher on what was written (measured here:
 * 9,000 contributions in 45 batches took 2.3 s without either, 12 s with both after every batch). So the index
 * commits at most once per {@link #COMMIT_INTERVAL}, when a token is stored, and once more on close; after a crash,
 * the events since the last commit are handled again, which changes nothing. Searches see everything written before
 * they start. Lucene's lock on the directory keeps any other process out: each query-side node has its own index.
 */
final class SearchIndex implements Closeable {

    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final Path path;
    private final boolean temporary;
    private final SearchAnalysis analysis;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * Contributions written since the searchers last caught up with the writer, for the event handlers to read their
     * own writes without opening a searcher per batch; each with the number of writes when it was written.
     */
    private final Map<String, Written> unseen = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();
    /** When the index last committed; the first tokens stored are committed at once. */
    private long lastCommit = System.nanoTime() - COMMIT_INTERVAL.toNanos();

    private SearchIndex(Path path, boolean temporary, SearchAnalysis analysis) throws IOException {
        this.path = path;
        this.temporary = temporary;
        this.analysis = analysis;
        this.directory = FSDirectory.open(Files.createDirectories(path));
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
    }

    /** The index kept in {@code path} across restarts. */
    static SearchIndex open(Path path, SearchAnalysis analysis) throws IOException {
        log.info("Search index in {}", path.toAbsolutePath());
        return new SearchIndex(path, false, analysis);
    }

    /** An index for this process only, deleted when it closes: built from the events at every start. */
    static SearchIndex temporary(SearchAnalysis analysis) throws IOException {
        Path path = Files.createTempDirectory("nyskapa-search");
        log.info("Search index in {}, for this process only (no nyskapa.data-dir or nyskapa.search.dir)", path);
        return new SearchIndex(path, true, analysis);
    }

    SearchAnalysis analysis() {
        return analysis;
    }

    /** The contribution as last written, a copy of its own for the caller to change. */
    Optional<IndexedContribution> find(String contributionId) {
        Written written = unseen.get(contributionId);
        if (written != null) {
            return Optional.of(written.contribution().copy());
        }
        return withSearcher(searcher -> {
            TopDocs found = searcher.search(new TermQuery(new Term(IndexedContribution.ID, contributionId)), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(IndexedContribution.of(searcher.storedFields().document(found.scoreDocs[0].doc)));
        });
    }

    /**
     * The contributions with these ids as last written, each a copy of its own; ids not in the index are left out.
     * One search for them all: a batch asks for every contribution its events name as it starts.
     */
    Map<String, IndexedContribution> findAll(Collection<String> contributionIds) {
        Map<String, IndexedContribution> found = new HashMap<>();
        List<BytesRef> unwritten = new ArrayList<>();
        for (String id : contributionIds) {
            Written written = unseen.get(id);
            if (written != null) {
                found.put(id, written.contribution().copy());
            } else {
                unwritten.add(new BytesRef(id));
            }
        }
        if (!unwritten.isEmpty()) {
            withSearcher(searcher -> {
                TopDocs hits = searcher.search(new TermInSetQuery(IndexedContribution.ID, unwritten), unwritten.size());
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc hit : hits.scoreDocs) {
                    IndexedContribution contribution = IndexedContribution.of(stored.document(hit.doc));
                    found.putIfAbsent(contribution.id, contribution);
                }
                return found;
            });
        }
        return found;
    }

    /** Replaces each contribution's document. */
    void write(Collection<IndexedContribution> contributions) {
        try {
            for (IndexedContribution contribution : contributions) {
                writer.updateDocument(new Term(IndexedContribution.ID, contribution.id), contribution.toDocument());
                unseen.put(contribution.id, new Written(contribution.copy(), writes.incrementAndGet()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every contribution; committed with the next tokens. */
    void clear() {
        try {
            log.info("Search index in {} cleared, to be built again from the events", path);
            writer.deleteAll();
            unseen.clear();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data stored with the last commit. */
    Map<String, String> committedData() {
        Map<String, String> data = new TreeMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    /**
     * Sets the data the next commit stores with what has been written by then, and commits if the last commit is
     * {@link #COMMIT_INTERVAL} old.
     */
    synchronized void commit(Map<String, String> data) {
        writer.setLiveCommitData(Map.copyOf(data).entrySet());
        if (System.nanoTime() - lastCommit >= COMMIT_INTERVAL.toNanos()) {
            try {
                writer.commit();
                lastCommit = System.nanoTime();
                catchUpSearchers();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads with a searcher that sees every contribution written so far. */
    <T> T search(IOFunction<IndexSearcher, T> reading) {
        try {
            catchUpSearchers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withSearcher(reading);
    }

    /** Commits what was written with the last tokens stored. */
    @Override
    public synchronized void close() throws IOException {
        try {
            writer.commit();
            log.info("Search index committed and closed in {}", path);
        } finally {
            IOUtils.close(searchers, writer, directory);
            if (temporary) {
                FileSystemUtils.deleteRecursively(path);
            }
        }
    }

    private void catchUpSearchers() throws IOException {
        long writtenBefore = writes.get();
        searchers.maybeRefreshBlocking();
        unseen.values().removeIf(written -> written.number() <= writtenBefore);
    }

    private <T> T withSearcher(IOFunction<IndexSearcher, T> reading) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Written(IndexedContribution contribution, long number) {
    }
}
