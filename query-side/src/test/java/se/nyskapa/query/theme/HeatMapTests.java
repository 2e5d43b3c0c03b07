package se.nyskapa.query.theme;

import org.junit.jupiter.api.Test;
import se.nyskapa.theme.ThemeMatrixView;
import se.nyskapa.theme.ThemeStatus;
import se.nyskapa.visit.ContributionKind;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HeatMapTests {

    @Test
    void anEmptyCellIsLevelZero_theFullestTheTopLevel_andTheRestSpreadBetween() {
        assertThat(HeatMap.level(0, 12)).isZero();
        assertThat(HeatMap.level(1, 12)).isEqualTo(1);
        assertThat(HeatMap.level(4, 12)).isEqualTo(2);
        assertThat(HeatMap.level(7, 12)).isEqualTo(3);
        assertThat(HeatMap.level(10, 12)).isEqualTo(4);
        assertThat(HeatMap.level(12, 12)).isEqualTo(HeatMap.LEVELS);
        assertThat(HeatMap.level(1, 1)).as("a single contribution is the fullest").isEqualTo(1);
        assertThat(HeatMap.level(0, 0)).isZero();
    }

    @Test
    void eachCellSumsItsKinds_inTheOrderOfTheKommuner_withEmptyCellsForKommunerNotHeard() {
        ThemeMatrixView matrix = new ThemeMatrixView(
                List.of(new ThemeMatrixView.Column("2303", "Ragunda"), new ThemeMatrixView.Column("2321", "Åre")),
                List.of(new ThemeMatrixView.Row("ideslussar", "Idéslussar", ThemeStatus.ACTIVE, 6,
                                                Map.of("2321", Map.of(ContributionKind.NEED, 2L,
                                                                      ContributionKind.IDEA, 4L)))));

        HeatMap heatMap = HeatMap.of(matrix);

        assertThat(heatMap.fullest()).isEqualTo(6);
        assertThat(heatMap.rows().get(0).cells()).containsExactly(
                new HeatMap.Cell("2303", "Ragunda", 0, 0), new HeatMap.Cell("2321", "Åre", 6, HeatMap.LEVELS));
    }
}
