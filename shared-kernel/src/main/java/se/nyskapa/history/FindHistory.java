package se.nyskapa.history;

/**
 * @param id   a visit, contribution, proposal, theme, tour or programme
 * @param page zero-based page of its events, oldest first
 */
public record FindHistory(String id, int page) {
}
