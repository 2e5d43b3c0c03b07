package se.nyskapa.query.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightTests {

    @Test
    void theFragmentsMarkedWordsBecomeMarkedPieces_andEveryPieceIsPlainText() {
        Highlight highlight = Highlight.of("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; &amp; <mark>mer</mark>");

        assertThat(highlight.pieces()).containsExactly(
                new Highlight.Piece("<script>", false), new Highlight.Piece("alert", true),
                new Highlight.Piece("(1)</script> & ", false), new Highlight.Piece("mer", true));
    }

    @Test
    void aFragmentWithoutMarksIsOnePiece() {
        assertThat(Highlight.of("Fler mötesplatser").pieces())
                .containsExactly(new Highlight.Piece("Fler mötesplatser", false));
    }
}
