package se.nyskapa.query.search;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Lucene index of contributions in one directory: one writer, and searchers that see what the writer has
 * written once it is committed. Commits happen only with the processor's token ({@link IndexTokenStore}), so the
 * contributions and the position in the events they were built up to are always committed together.
 * <p>
 * Lucene's lock on the directory keeps any other process out: each query-side node has its own index.
 */
final class SearchIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final Path path;
    private final boolean temporary;
    private final SearchAnalysis analysis;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(Path path, boolean temporary, SearchAnalysis analysis) throws IOException {
        this.path = path;
        this.temporary = temporary;
        this.analysis = analysis;
        this.directory = FSDirectory.open(Files.createDirectories(path));
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // what was written since the last commit belongs to no stored token: dropped, and handled again
                .setCommitOnClose(false));
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

    Optional<IndexedContribution> find(String contributionId) {
        return read(searcher -> {
            TopDocs found = searcher.search(new TermQuery(new Term(IndexedContribution.ID, contributionId)), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(IndexedContribution.of(searcher.storedFields().document(found.scoreDocs[0].doc)));
        });
    }

    /** Replaces each contribution's document; seen by searchers after the next commit. */
    void write(Collection<IndexedContribution> contributions) {
        try {
            for (IndexedContribution contribution : contributions) {
                writer.updateDocument(new Term(IndexedContribution.ID, contribution.id), contribution.toDocument());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every contribution; the index is empty once this is committed. */
    void clear() {
        try {
            writer.deleteAll();
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

    /** Commits everything written so far together with {@code data}, and lets searchers see it. */
    synchronized void commit(Map<String, String> data) {
        try {
            writer.setLiveCommitData(Map.copyOf(data).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T read(IOFunction<IndexSearcher, T> reading) {
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

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        if (temporary) {
            FileSystemUtils.deleteRecursively(path);
        }
    }
}
