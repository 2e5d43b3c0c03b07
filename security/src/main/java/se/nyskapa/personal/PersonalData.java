package se.nyskapa.personal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Seals personal data under the key of the person it is about, and opens it again while that key exists: AES-256-GCM
 * through Google Tink, a key per person (the same person, known by the same e-mail address, always gets the same key;
 * a person without an address gets a key of their own). Each value is sealed with what it is and which contribution it
 * belongs to as associated data, so a sealed name cannot be passed off as another contribution's, or as its e-mail.
 * <p>
 * Erasing a person destroys their key: what was sealed under it stays in the events, and can never be opened again.
 * Opened keys are kept in memory for a minute at most; an erasure here forgets them at once, every other service when
 * it reads the {@link PersonalKeyErased} event, and within that minute even if its processor lags.
 */
public class PersonalData {

    private static final Parameters DATA_KEY = PredefinedAeadParameters.AES256_GCM;
    private static final Parameters LOOKUP_KEY = PredefinedPrfParameters.HMAC_SHA256_PRF;
    private static final int LOOKUP_BYTES = 32;
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder FROM_BASE64 = Base64.getDecoder();

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final PersonalKeys keys;
    private final PrfSet lookup;
    /** Opened keys by id. An erased key is never cached as absent: ids are never reused, and it is read as gone. */
    private final Cache<String, Aead> opened = Caffeine.newBuilder().maximumSize(10_000)
                                                       .expireAfterWrite(Duration.ofMinutes(1)).build();

    public PersonalData(PersonalKeys keys) {
        this.keys = keys;
        keys.create();
        try {
            this.lookup = parse(keys.lookupKeyset(() -> newKeyset(LOOKUP_KEY))).getPrimitive(
                    RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the e-mail lookup key cannot be read", e);
        }
    }

    /**
     * An address as one person's: without surrounding space, in Unicode's composed form, in lower case (no mail
     * service of ours tells {@code Asa@Are.se} from {@code asa@are.se}).
     */
    private static String normalised(String email) {
        return Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Seals each detail given under the key of the person with that address, or under a new key without one. */
    public SealedContributor seal(String contributionId, Contributor contributor) {
        String keyId = contributor.email() == null ? keys.add(newKeyset(DATA_KEY))
                : keys.keyOf(lookup(contributor.email()), () -> newKeyset(DATA_KEY));
        Aead aead = aead(keyId).orElseThrow(() -> new IllegalStateException("key " + keyId + " vanished"));
        return new SealedContributor(keyId, seal(aead, contributor.name(), Detail.NAME, contributionId),
                                     seal(aead, contributor.email(), Detail.EMAIL, contributionId),
                                     seal(aead, contributor.organisation(), Detail.ORGANISATION, contributionId));
    }

    /**
     * Seals a contribution's text under {@code keyId}, its contributor's key; under a new key of its own when the
     * contribution names no one or its contributor's key was erased.
     */
    public SealedText seal(String contributionId, String text, String keyId) {
        Optional<Aead> existing = keyId == null ? Optional.empty() : aead(keyId);
        String sealingKeyId = existing.isPresent() ? keyId : keys.add(newKeyset(DATA_KEY));
        Aead aead = existing.or(() -> aead(sealingKeyId))
                            .orElseThrow(() -> new IllegalStateException("key " + sealingKeyId + " vanished"));
        return new SealedText(sealingKeyId, seal(aead, text, Detail.TEXT, contributionId));
    }

    /** The details as given; empty once the person's key was erased. */
    public Optional<Contributor> open(String contributionId, SealedContributor sealed) {
        return aead(sealed.keyId()).map(aead -> new Contributor(
                open(aead, sealed.name(), Detail.NAME, contributionId),
                open(aead, sealed.email(), Detail.EMAIL, contributionId),
                open(aead, sealed.organisation(), Detail.ORGANISATION, contributionId), true));
    }

    /** The text as given; empty once its key was erased. */
    public Optional<String> open(String contributionId, SealedText sealed) {
        return aead(sealed.keyId()).map(aead -> open(aead, sealed.ciphertext(), Detail.TEXT, contributionId));
    }

    /**
     * The contributor as every view shows it: opened, or with {@link Contributor#ERASED} for each detail that was
     * given once the key is gone; {@code null} for none.
     */
    public Contributor shown(String contributionId, SealedContributor sealed) {
        if (sealed == null) {
            return null;
        }
        return open(contributionId, sealed).orElseGet(() -> new Contributor(
                erased(sealed.name()), erased(sealed.email()), erased(sealed.organisation()), true));
    }

    /** A contribution's text as every view shows it: {@code text}, or the sealed text opened, or erased. */
    public String shown(String contributionId, String text, SealedText sealed) {
        return sealed == null ? text : open(contributionId, sealed).orElse(Contributor.ERASED);
    }

    /** Destroys the key of the person with this address; answers the ids of the keys destroyed (none or one). */
    public List<String> erase(String email) {
        List<String> erased = keys.erase(lookup(email));
        erased.forEach(this::forget);
        return erased;
    }

    /** Forgets an erased key held in memory. */
    public void forget(String keyId) {
        opened.invalidate(keyId);
    }

    private byte[] lookup(String email) {
        try {
            return lookup.computePrimary(normalised(email).getBytes(StandardCharsets.UTF_8), LOOKUP_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an e-mail lookup failed", e);
        }
    }

    private Optional<Aead> aead(String keyId) {
        Aead cached = opened.getIfPresent(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Aead> aead = keys.keyset(keyId).map(keyset -> {
            try {
                return parse(keyset).getPrimitive(RegistryConfiguration.get(), Aead.class);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("key " + keyId + " cannot be read", e);
            }
        });
        aead.ifPresent(found -> opened.put(keyId, found));
        return aead;
    }

    private static String seal(Aead aead, String value, Detail detail, String contributionId) {
        if (value == null) {
            return null;
        }
        try {
            return BASE64.encodeToString(aead.encrypt(value.getBytes(StandardCharsets.UTF_8),
                                                      detail.of(contributionId)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /** Fails, rather than answering, when the ciphertext was not sealed under this key for this detail. */
    private static String open(Aead aead, String sealed, Detail detail, String contributionId) {
        if (sealed == null) {
            return null;
        }
        try {
            return new String(aead.decrypt(FROM_BASE64.decode(sealed), detail.of(contributionId)),
                              StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the " + detail.name().toLowerCase(Locale.ROOT) + " of contribution "
                                                    + contributionId + " does not open with its key", e);
        }
    }

    private static String erased(String sealed) {
        return sealed == null ? null : Contributor.ERASED;
    }

    private static KeysetHandle parse(byte[] keyset) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get());
    }

    private static byte[] newKeyset(Parameters parameters) {
        try {
            return TinkProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(parameters),
                                                         InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no new key could be made", e);
        }
    }

    /** What a sealed value is, bound to it as associated data together with its contribution. */
    private enum Detail {
        NAME, EMAIL, ORGANISATION, TEXT;

        byte[] of(String contributionId) {
            return (name() + ":" + contributionId).getBytes(StandardCharsets.UTF_8);
        }
    }
}
