package scot.triangulate.evidence.screening;

/** The kinds of personal or identifiable information the screen looks for in evidence text. */
public enum FindingKind {
    CHI_NUMBER,
    NHS_NUMBER,
    NATIONAL_INSURANCE_NUMBER,
    DATE_OF_BIRTH,
    POSTCODE,
    PHONE_NUMBER,
    EMAIL_ADDRESS,
    PERSONAL_NAME,
    STREET_ADDRESS
}
