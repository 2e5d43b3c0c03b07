package se.nyskapa.standalone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markup and script as a user might type them into any text field, each copy ending in the field's name so that a
 * page can be searched for each; and what a page must show instead: the same text escaped, never as markup.
 */
final class Markup {

    private static final String MARKUP = "<script>alert(1)</script><b onmouseover=alert(2)>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b onmouseover=alert(2)&gt;";

    private Markup() {
    }

    /** The text to type into a field. */
    static String in(String field) {
        return MARKUP + field;
    }

    /** A page that shows the fields' texts as text, and none of them as markup. */
    static void assertShownAsText(RunningPlatform.Raw page, String... fields) {
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertNoMarkup(page);
        for (String field : fields) {
            assertThat(page.text()).as("%s escaped", field).contains(ESCAPED + field);
        }
    }

    static void assertNoMarkup(RunningPlatform.Raw page) {
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).doesNotContain("<script>alert").doesNotContain("<b onmouseover");
    }
}
