package se.nyskapa.query.search;

/**
 * One word of a text as the index sees it.
 *
 * @param written as written in the text, for showing back to the user
 * @param term    lower-cased, with accents that are not letters of their own folded away
 * @param stem    the term as the language's stemmer reduces it
 */
record Word(String written, String term, String stem) {
}
