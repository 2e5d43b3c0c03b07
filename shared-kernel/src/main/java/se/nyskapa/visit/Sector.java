package se.nyskapa.visit;

/** The participant group (deltagargrupp) a contribution or a participant comes from. */
public enum Sector {
    MUNICIPAL_STAFF, ELECTED_OFFICIAL, CITIZEN, SERVICE_USER, BUSINESS, CIVIL_SOCIETY, ACADEMIA, REGION, OTHER
}
