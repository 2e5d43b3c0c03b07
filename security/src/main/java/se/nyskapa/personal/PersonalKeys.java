package se.nyskapa.personal;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The keys that make personal data erasable, one per person, in a table of their own and nowhere else: never in an
 * event, a projection or a log. A person known by an e-mail address is found again by a keyed hash of the normalised
 * address ({@code email_lookup}), never by the address itself; the key of that hash is kept here too, so a copy of the
 * event store alone can neither open what was sealed nor test addresses against the lookups.
 * <p>
 * Here the table lives in the application's own database (in the standalone platform, the H2 file that holds the
 * events). In production it belongs in a database of its own that only the platform's services may reach.
 */
public class PersonalKeys {

    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;

    public PersonalKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the tables if they are missing. */
    void create() {
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS personal_key (
                    key_id VARCHAR(36) PRIMARY KEY,
                    email_lookup VARCHAR(64) UNIQUE,
                    keyset BYTEA NOT NULL,
                    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
                )""").update();
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS personal_lookup_key (
                    id INT PRIMARY KEY,
                    keyset BYTEA NOT NULL
                )""").update();
    }

    /** The key of the e-mail lookups, made by {@code newKeyset} at the first start (of any of the services). */
    byte[] lookupKeyset(Supplier<byte[]> newKeyset) {
        jdbc.sql("INSERT INTO personal_lookup_key (id, keyset) VALUES (1, ?) ON CONFLICT DO NOTHING")
            .param(newKeyset.get())
            .update();
        return jdbc.sql("SELECT keyset FROM personal_lookup_key WHERE id = 1").query(byte[].class).single();
    }

    /**
     * The key of the person with this e-mail lookup, added with {@code newKeyset} if there is none. Two transactions
     * adding one for the same person at once end with the same key: the second waits for the first and keeps its key.
     */
    String keyOf(byte[] emailLookup, Supplier<byte[]> newKeyset) {
        String lookup = HEX.formatHex(emailLookup);
        jdbc.sql("INSERT INTO personal_key (key_id, email_lookup, keyset) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
            .params(UUID.randomUUID().toString(), lookup, newKeyset.get())
            .update();
        return jdbc.sql("SELECT key_id FROM personal_key WHERE email_lookup = ?").param(lookup)
                   .query(String.class).single();
    }

    /** A key of its own, for a person known by no e-mail address (or a text no person was named for). */
    String add(byte[] keyset) {
        String keyId = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO personal_key (key_id, keyset) VALUES (?, ?)").params(keyId, keyset).update();
        return keyId;
    }

    /** The key; empty once it was erased. */
    Optional<byte[]> keyset(String keyId) {
        return jdbc.sql("SELECT keyset FROM personal_key WHERE key_id = ?").param(keyId).query(byte[].class)
                   .optional();
    }

    /** Deletes the keys of the person with this e-mail lookup, and answers their ids. */
    List<String> erase(byte[] emailLookup) {
        String lookup = HEX.formatHex(emailLookup);
        List<String> keyIds = jdbc.sql("SELECT key_id FROM personal_key WHERE email_lookup = ?").param(lookup)
                                  .query(String.class).list();
        jdbc.sql("DELETE FROM personal_key WHERE email_lookup = ?").param(lookup).update();
        return keyIds;
    }
}
