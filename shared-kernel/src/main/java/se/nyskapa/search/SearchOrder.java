package se.nyskapa.search;

/** How search results are ordered: best match first, or newest first. */
public enum SearchOrder {
    RELEVANCE, DATE
}
