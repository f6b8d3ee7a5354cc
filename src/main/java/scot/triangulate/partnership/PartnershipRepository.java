package scot.triangulate.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PartnershipRepository {

    private final JdbcClient jdbc;

    PartnershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Partnership> all() {
        return jdbc.sql("select slug, name, people_family_group, place_family_group, version from partnership order by name")
                .query(PartnershipRepository::partnership)
                .list();
    }

    Optional<Partnership> find(String slug) {
        return jdbc.sql("select slug, name, people_family_group, place_family_group, version from partnership where slug = :slug")
                .param("slug", slug)
                .query(PartnershipRepository::partnership)
                .optional();
    }

    /** Mapped by hand: mapping by property name costs an exception per column in the PostgreSQL driver. */
    private static Partnership partnership(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Partnership(rs.getString("slug"), rs.getString("name"), rs.getInt("people_family_group"),
                rs.getInt("place_family_group"), rs.getInt("version"));
    }

    /** Inserts a partnership from reference data, or corrects its family groups; names edited by administrators stay. */
    void upsertReference(String slug, String name, int peopleGroup, int placeGroup) {
        jdbc.sql("""
                insert into partnership (slug, name, people_family_group, place_family_group)
                values (:slug, :name, :people, :place)
                on conflict (slug) do update
                   set people_family_group = excluded.people_family_group,
                       place_family_group = excluded.place_family_group
                 where partnership.people_family_group <> excluded.people_family_group
                    or partnership.place_family_group <> excluded.place_family_group
                """)
                .param("slug", slug)
                .param("name", name)
                .param("people", peopleGroup)
                .param("place", placeGroup)
                .update();
    }

    /** Renames a partnership if nobody has changed it since {@code version} was read; false otherwise. */
    boolean rename(String slug, String name, int version) {
        return jdbc.sql("update partnership set name = :name, version = version + 1 where slug = :slug and version = :version")
                .param("slug", slug)
                .param("name", name)
                .param("version", version)
                .update() == 1;
    }
}
