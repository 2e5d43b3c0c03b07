package se.nyskapa.personal;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataTest {

    private static final Contributor ASA = new Contributor("Åsa Sjöström", "asa.sjostrom@are.se", "Åre kommun", true);
    private static final String TEXT = "Min dotter med diabetes får ingen skolskjuts efter fyra.";

    @TempDir
    static Path keys;

    private final JdbcDataSource database = database();
    private final JdbcClient jdbc = JdbcClient.create(database);
    private final Path keyDir = keyDirectory();
    private final PersonalData personal = new PersonalData(new PersonalKeys(jdbc, keyDir));

    @Test
    void sealedDetails_openToWhatWasGiven() {
        SealedContributor sealed = personal.seal("c-1", ASA);

        assertThat(personal.open("c-1", sealed)).contains(ASA);
        assertThat(personal.shown("c-1", sealed)).isEqualTo(ASA);
        assertThat(String.join(" ", sealed.name(), sealed.email(), sealed.organisation()))
                .doesNotContain("Åsa", "asa", "Åre");
    }

    @Test
    void aSealedText_opensToTheText_andAPlainTextIsShownAsItIs() {
        SealedText sealed = personal.seal("c-1", TEXT, null);

        assertThat(personal.open("c-1", sealed)).contains(TEXT);
        assertThat(personal.shown("c-1", null, sealed)).isEqualTo(TEXT);
        assertThat(personal.shown("c-2", "Fler kvällsbussar.", null)).isEqualTo("Fler kvällsbussar.");
    }

    @Test
    void detailsNotGiven_stayUnsealed() {
        SealedContributor sealed = personal.seal("c-1", new Contributor("Örjan Ek", null, null, true));

        assertThat(sealed.email()).isNull();
        assertThat(sealed.organisation()).isNull();
        assertThat(personal.open("c-1", sealed)).contains(new Contributor("Örjan Ek", null, null, true));
    }

    @Test
    void thePersonWithTheSameAddress_hasOneKey_andAPersonWithoutOne_aKeyOfTheirOwn() {
        String first = personal.seal("c-1", ASA).keyId();
        String again = personal.seal("c-2", new Contributor("Å. Sjöström", "  ASA.Sjostrom@ARE.se ", null, true))
                               .keyId();
        String other = personal.seal("c-3", new Contributor("Örjan Ek", "orjan.ek@krokom.se", null, true)).keyId();
        String noAddress = personal.seal("c-4", new Contributor("Örjan Ek", null, null, true)).keyId();
        String noAddressAgain = personal.seal("c-5", new Contributor("Örjan Ek", null, null, true)).keyId();

        assertThat(again).isEqualTo(first);
        assertThat(List.of(other, noAddress, noAddressAgain)).doesNotContain(first).doesNotHaveDuplicates();
    }

    @Test
    void aText_isSealedUnderItsContributorsKey_orAKeyOfItsOwn() {
        SealedContributor contributor = personal.seal("c-1", ASA);

        assertThat(personal.seal("c-1", TEXT, contributor.keyId()).keyId()).isEqualTo(contributor.keyId());
        assertThat(personal.seal("c-2", TEXT, null).keyId()).isNotEqualTo(contributor.keyId());
    }

    @Test
    void theSameValueSealedTwice_readsDifferently() {
        assertThat(personal.seal("c-1", TEXT, null).ciphertext())
                .isNotEqualTo(personal.seal("c-1", TEXT, null).ciphertext());
    }

    @Test
    void aValueSealedUnderAnotherKey_doesNotOpen() {
        SealedText sealed = personal.seal("c-1", TEXT, null);
        String otherKey = personal.seal("c-2", "Något annat.", null).keyId();

        assertThatThrownBy(() -> personal.open("c-1", new SealedText(otherKey, sealed.ciphertext())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not open");
    }

    @Test
    void aValueMovedToAnotherContributionOrDetail_doesNotOpen() {
        SealedContributor sealed = personal.seal("c-1", ASA);

        assertThatThrownBy(() -> personal.open("c-2", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> personal.open("c-1", new SealedContributor(sealed.keyId(), sealed.email(), null,
                                                                             null)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterErasure_theDetailsAndTextReadErased_andOtherPeoplesStillOpen() {
        SealedContributor asa = personal.seal("c-1", ASA);
        SealedText text = personal.seal("c-1", TEXT, asa.keyId());
        SealedContributor orjan = personal.seal("c-2", new Contributor("Örjan Ek", "orjan.ek@krokom.se", null, true));
        assertThat(personal.open("c-1", asa)).isPresent();

        List<String> erased = personal.erase(" Asa.Sjostrom@are.SE");

        assertThat(erased).containsExactly(asa.keyId());
        assertThat(personal.open("c-1", asa)).isEmpty();
        assertThat(personal.open("c-1", text)).isEmpty();
        assertThat(personal.shown("c-1", asa)).isEqualTo(
                new Contributor(Contributor.ERASED, Contributor.ERASED, Contributor.ERASED, true));
        assertThat(personal.shown("c-1", null, text)).isEqualTo(Contributor.ERASED);
        assertThat(personal.open("c-2", orjan)).isPresent();
        assertThat(personal.erase("asa.sjostrom@are.se")).isEmpty();
    }

    @Test
    void anErasedDetailThatWasNeverGiven_staysAbsent() {
        SealedContributor sealed = personal.seal("c-1", new Contributor("Åsa Sjöström", "asa@are.se", null, true));
        personal.erase("asa@are.se");

        assertThat(personal.shown("c-1", sealed))
                .isEqualTo(new Contributor(Contributor.ERASED, Contributor.ERASED, null, true));
    }

    /** A service that cached the key before the erasure (another node) forgets it when it reads the event. */
    @Test
    void anotherServiceThatHeldTheKey_forgetsItOnTheErasureEvent() {
        PersonalData otherService = new PersonalData(new PersonalKeys(jdbc, keyDir));
        SealedContributor sealed = personal.seal("c-1", ASA);
        assertThat(otherService.open("c-1", sealed)).isPresent();

        List<String> erased = personal.erase(ASA.email());
        new ErasedKeys(otherService).on(new PersonalKeyErased(erased.get(0), java.time.Instant.now()));

        assertThat(otherService.open("c-1", sealed)).isEmpty();
    }

    /** An erased key is overwritten and deleted: nothing of it is left in the key directory or the table. */
    @Test
    void anErasedKey_isGoneFromTheDisk() throws IOException {
        String keyId = personal.seal("c-1", ASA).keyId();
        byte[] material = Files.readAllBytes(keyDir.resolve(keyId + ".key"));

        personal.erase(ASA.email());

        assertThat(keyDir.resolve(keyId + ".key")).doesNotExist();
        try (var left = Files.list(keyDir)) {
            for (Path file : left.toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .doesNotContain(new String(material, StandardCharsets.ISO_8859_1));
            }
        }
    }

    /** Within a transaction the key is destroyed once the erasure is committed; one rolled back keeps it. */
    @Test
    void anErasureRolledBack_keepsTheKey_andACommittedOneDestroysItAtTheCommit() {
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
        SealedContributor sealed = personal.seal("c-1", ASA);

        transactions.executeWithoutResult(status -> {
            personal.erase(ASA.email());
            assertThat(keyDir.resolve(sealed.keyId() + ".key")).as("until the commit").exists();
            status.setRollbackOnly();
        });
        PersonalData restarted = new PersonalData(new PersonalKeys(jdbc, keyDir));
        assertThat(restarted.open("c-1", sealed)).as("after the rollback").contains(ASA);

        transactions.executeWithoutResult(status -> personal.erase(ASA.email()));
        assertThat(keyDir.resolve(sealed.keyId() + ".key")).doesNotExist();
        assertThat(restarted.erase(ASA.email())).isEmpty();
    }

    /** A key file without its row (an erasure that stopped before its key was destroyed) is destroyed at start. */
    @Test
    void aKeyFileWithoutItsRow_isDestroyedAtStart() throws IOException {
        Files.write(keyDir.resolve("0f9b6c1e-5a7d-4c1f-9d5e-2b8a7c3d4e5f.key"), new byte[]{1, 2, 3});

        new PersonalData(new PersonalKeys(jdbc, keyDir));

        assertThat(keyDir.resolve("0f9b6c1e-5a7d-4c1f-9d5e-2b8a7c3d4e5f.key")).doesNotExist();
        assertThat(keyDir.resolve("email-lookup.key")).exists();
    }

    /** The lookup key is made once and kept: a restarted service finds the same person's key. */
    @Test
    void aRestartedService_findsThePersonsKeyAgain() {
        String keyId = personal.seal("c-1", ASA).keyId();

        PersonalData restarted = new PersonalData(new PersonalKeys(jdbc, keyDir));

        assertThat(restarted.seal("c-2", ASA).keyId()).isEqualTo(keyId);
    }

    /** The key table finds a person by a keyed hash of the address: the address is in no row, in no form. */
    @Test
    void theKeyTable_holdsNoAddressOrName() {
        personal.seal("c-1", ASA);
        personal.seal("c-2", new Contributor("Örjan Ek", "orjan.ek@krokom.se", null, true));

        StringBuilder rows = new StringBuilder();
        for (String table : List.of("personal_key")) {
            for (Map<String, Object> row : jdbc.sql("SELECT * FROM " + table).query().listOfRows()) {
                row.values().forEach(value -> rows.append(value instanceof byte[] bytes
                        ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value)).append('\n'));
            }
        }

        for (String secret : List.of("asa.sjostrom@are.se", "orjan.ek@krokom.se", "Åsa Sjöström", "Örjan Ek")) {
            assertThat(rows.toString().toLowerCase()).doesNotContain(secret.toLowerCase())
                    .doesNotContain(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM personal_key WHERE email_lookup IS NOT NULL").query(Long.class)
                       .single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'personal_key'")
                       .query(String.class).list())
                .as("no key material in the database").containsExactlyInAnyOrder("key_id", "email_lookup",
                                                                                  "created_at");
    }

    private static Path keyDirectory() {
        try {
            return Files.createTempDirectory(keys, "keys");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JdbcDataSource database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:keys-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                                  + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }
}
