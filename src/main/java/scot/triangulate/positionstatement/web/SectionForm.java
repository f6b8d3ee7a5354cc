package scot.triangulate.positionstatement.web;

/** A section's edit form: the text, and the version it was read at (so a save never overwrites a newer one). */
record SectionForm(String text, Integer version) {

    public int versionOrZero() {
        return version == null ? 0 : version;
    }
}
