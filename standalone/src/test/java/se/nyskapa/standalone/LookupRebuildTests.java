package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side's lookup tables are derived from the events: after a start that finds them at another schema
 * version (or lost), they are rebuilt from the event store and every rule they check holds as before.
 */
class LookupRebuildTests {

    @TempDir
    Path dataDir;

    @Test
    void lookupTablesLost_areRebuiltFromTheEvents_atTheNextStart() {
        try (RunningPlatform platform = RunningPlatform.start(dataDir)) {
            platform.post("/api/visits", """
                    {"visitId": "berg", "municipalityCode": "2326", "date": "2015-11-24", "venue": "Svenstavik"}""");
            platform.put("/api/visits/berg/contributions/b1", """
                    {"kind": "NEED", "text": "Servicepunkter i byarna", "sector": "CITIZEN"}""");
            platform.put("/api/visits/berg/contributions/b2", """
                    {"kind": "IDEA", "text": "Delade lokaler", "sector": "CIVIL_SOCIETY"}""");
            platform.post("/api/visits/berg/contributions/b2/retraction", "{\"reason\": \"dubblett\"}");
            platform.post("/api/proposals", """
                    {"proposalId": "p-service", "title": "Servicepunkter", "themeId": "dialogplattform",
                     "evidence": ["b1"]}""");
            platform.post("/api/themes/kreativ-byrakrati/retirement", "");
            platform.database().sql("DROP TABLE contribution_registry").update();
            platform.database().sql("DROP TABLE proposal_registry").update();
            platform.database().sql("DROP TABLE theme_catalogue").update();
            platform.database().sql("UPDATE lookup_schema SET version = 1").update();
        }
        try (RunningPlatform platform = RunningPlatform.start(dataDir)) {
            platform.post("/api/visits", """
                    {"visitId": "are", "municipalityCode": "2321", "date": "2015-11-12", "venue": "Åre"}""");
            assertThat(platform.put("/api/visits/are/contributions/b1", """
                    {"kind": "NEED", "text": "Samma id i en annan kommun", "sector": "CITIZEN"}""").status())
                    .as("a contribution id is still taken").isEqualTo(409);
            assertThat(platform.post("/api/proposals/p-service/evidence", "{\"contributionId\": \"b2\"}").status())
                    .as("a retracted contribution is still no evidence").isEqualTo(409);
            assertThat(platform.put("/api/visits/berg/contributions/b1/themes",
                                    "{\"themeIds\": [\"kreativ-byrakrati\"]}").status())
                    .as("a retired theme is still retired").isEqualTo(409);
            assertThat(platform.put("/api/visits/berg/contributions/b3", """
                    {"kind": "FEEDBACK", "text": "Bra förslag", "sector": "CITIZEN",
                     "feedback": {"proposalId": "p-service", "stance": "SUPPORT"}}""").status())
                    .as("the proposal is known again").isEqualTo(201);
            assertThat(platform.database().sql("SELECT version FROM lookup_schema").query(Integer.class).single())
                    .isEqualTo(2);
        }
    }
}
