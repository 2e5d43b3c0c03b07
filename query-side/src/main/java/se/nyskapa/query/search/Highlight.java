package se.nyskapa.query.search;

import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hit's fragment as pieces of plain text, each marked or not. The index gives the fragment as escaped HTML with
 * {@code <mark>} around matched words; the page takes it apart here and writes every piece escaped again, so that
 * nothing a contributor typed can ever reach the page as markup, whatever the fragment holds.
 */
record Highlight(List<Piece> pieces) {

    private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

    record Piece(String text, boolean marked) {
    }

    static Highlight of(String fragment) {
        List<Piece> pieces = new ArrayList<>();
        Matcher marked = MARKED.matcher(fragment);
        int from = 0;
        while (marked.find()) {
            add(pieces, fragment.substring(from, marked.start()), false);
            add(pieces, marked.group(1), true);
            from = marked.end();
        }
        add(pieces, fragment.substring(from), false);
        return new Highlight(pieces);
    }

    private static void add(List<Piece> pieces, String escaped, boolean marked) {
        if (!escaped.isEmpty()) {
            pieces.add(new Piece(HtmlUtils.htmlUnescape(escaped), marked));
        }
    }
}
