package se.nyskapa.personal;

/**
 * A contribution's text that staff marked as holding personal data (a name, a health detail), as events and
 * projections keep it: AES-GCM ciphertext (Base64) under the key of the contribution's person, or under a key of its
 * own when no person was named.
 */
public record SealedText(String keyId, String ciphertext) {
}
