package se.nyskapa.visit;

/**
 * The region's reflection template (summering), written when a visit is concluded.
 *
 * @param done       Vad har vi gjort, och hur?
 * @param gained     Vad har det gett oss och andra?
 * @param learned    Vad har vi lärt oss?
 * @param wisestNext Vad är klokt och listigt att göra nu?
 * @param needs      Vad behöver vi för att lyckas?
 * @param nextStep   Vad är nästa konkreta steg?
 * @param strengths  Vilka styrkor behövs?
 */
public record VisitSummary(String done, String gained, String learned, String wisestNext, String needs,
                           String nextStep, String strengths) {
}
