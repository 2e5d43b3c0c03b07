package se.nyskapa.personal;

/**
 * A {@link Contributor}'s details as events and projections keep them: each detail given is AES-GCM ciphertext
 * (Base64) under the key of that person, kept apart from the events; a detail not given is {@code null}. Once the key
 * is erased nothing can open them again.
 *
 * @param keyId the person's key
 */
public record SealedContributor(String keyId, String name, String email, String organisation) {
}
