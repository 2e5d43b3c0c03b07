package se.nyskapa.personal;

/**
 * Destroy the key of the person with this e-mail address, and with it every detail and text sealed under it. A command
 * is never stored; the events it leads to name the key alone.
 */
public record ErasePerson(String email) {
}
