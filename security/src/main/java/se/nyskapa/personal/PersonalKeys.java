package se.nyskapa.personal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The keys that make personal data erasable, one per person, never in an event, a projection or a log. A table of
 * their own says which keys exist and whose they are: a person known by an e-mail address is found again by a keyed
 * hash of the normalised address ({@code email_lookup}), never by the address itself. The key material is a file per
 * key ({@link KeyFiles}), so that erasing a key destroys it on disk; so is the key of the e-mail lookups, so that a
 * copy of the database alone can neither open what was sealed nor test addresses against the lookups.
 * <p>
 * Here the table lives in the application's own database (in the standalone platform, the H2 file that holds the
 * events) and the files in a directory beside it. In production the table belongs in a database of its own that only
 * the platform's services may reach, and the key material in a key management service.
 */
public class PersonalKeys {

    private static final HexFormat HEX = HexFormat.of();
    private static final String LOOKUP_KEY = "email-lookup";

    private final JdbcClient jdbc;
    private final KeyFiles files;

    public PersonalKeys(JdbcClient jdbc, Path keyDirectory) {
        this.jdbc = jdbc;
        this.files = new KeyFiles(keyDirectory);
    }

    /**
     * Creates the table if it is missing, and destroys any key file without its row: one whose erasure was committed
     * but not yet shredded when the process stopped, or one made for a transaction that was rolled back.
     */
    void create() {
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS personal_key (
                    key_id VARCHAR(36) PRIMARY KEY,
                    email_lookup VARCHAR(64) UNIQUE,
                    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
                )""").update();
        Set<String> known = new HashSet<>(jdbc.sql("SELECT key_id FROM personal_key").query(String.class).list());
        files.names().filter(name -> !name.equals(LOOKUP_KEY) && !known.contains(name)).forEach(files::shred);
    }

    /** The key of the e-mail lookups, made by {@code newKeyset} at the first start. */
    byte[] lookupKeyset(Supplier<byte[]> newKeyset) {
        files.create(LOOKUP_KEY, newKeyset.get());
        return files.read(LOOKUP_KEY).orElseThrow(() -> new IllegalStateException("the e-mail lookup key is gone"));
    }

    /**
     * The key of the person with this e-mail lookup, added with {@code newKeyset} if there is none. Two transactions
     * adding one for the same person at once end with the same key: the second waits for the first and keeps its key.
     */
    String keyOf(byte[] emailLookup, Supplier<byte[]> newKeyset) {
        String lookup = HEX.formatHex(emailLookup);
        Optional<String> existing = keyIdOf(lookup);
        if (existing.isPresent()) {
            return existing.get();
        }
        String keyId = UUID.randomUUID().toString();
        files.create(keyId, newKeyset.get());
        jdbc.sql("INSERT INTO personal_key (key_id, email_lookup) VALUES (?, ?) ON CONFLICT DO NOTHING")
            .params(keyId, lookup)
            .update();
        String kept = keyIdOf(lookup).orElseThrow();
        if (!kept.equals(keyId)) {
            files.shred(keyId);
        }
        return kept;
    }

    /** A key of its own, for a person known by no e-mail address (or a text no person was named for). */
    String add(byte[] keyset) {
        String keyId = UUID.randomUUID().toString();
        files.create(keyId, keyset);
        jdbc.sql("INSERT INTO personal_key (key_id) VALUES (?)").param(keyId).update();
        return keyId;
    }

    /** The key; empty once it was erased. */
    Optional<byte[]> keyset(String keyId) {
        boolean listed = jdbc.sql("SELECT COUNT(*) FROM personal_key WHERE key_id = ?").param(keyId)
                             .query(Long.class).single() > 0;
        return listed ? files.read(keyId) : Optional.empty();
    }

    /**
     * Deletes the keys of the person with this e-mail lookup and answers their ids. Their files are destroyed once
     * the deletion is committed (at once outside a transaction): a rolled-back erasure keeps its keys.
     */
    List<String> erase(byte[] emailLookup) {
        String lookup = HEX.formatHex(emailLookup);
        List<String> keyIds = jdbc.sql("SELECT key_id FROM personal_key WHERE email_lookup = ?").param(lookup)
                                  .query(String.class).list();
        jdbc.sql("DELETE FROM personal_key WHERE email_lookup = ?").param(lookup).update();
        Runnable shred = () -> keyIds.forEach(files::shred);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    shred.run();
                }
            });
        } else {
            shred.run();
        }
        return keyIds;
    }

    private Optional<String> keyIdOf(String lookup) {
        return jdbc.sql("SELECT key_id FROM personal_key WHERE email_lookup = ?").param(lookup).query(String.class)
                   .optional();
    }
}
