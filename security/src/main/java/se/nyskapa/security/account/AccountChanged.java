package se.nyskapa.security.account;

/** Published in this process when an account's password, roles or standing change, so that caches forget it. */
public record AccountChanged(String username) {
}
