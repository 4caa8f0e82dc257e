package io.switchboard.routing;

import io.switchboard.platform.Hints;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/**
 * The single row that stands for the whole route set: every change of routes locks it (so reorders and inserts are
 * serialized across server instances) and bumps its revision (so every instance recompiles its cached routes).
 */
@Entity
// Written only by edits of the list: a read in any other transaction needs no flush of its pending changes.
@NamedQuery(
        name = RouteSetRevision.CURRENT,
        query = "select r.revision from RouteSetRevision r where r.id = 1",
        hints = @QueryHint(name = Hints.FLUSH, value = "false"))
@Table(name = "route_set")
public class RouteSetRevision {

    public static final int ID = 1;
    public static final String CURRENT = "RouteSetRevision.current";

    @Id
    private Integer id;

    @Column(nullable = false)
    private long revision;

    protected RouteSetRevision() {}

    public void bump() {
        revision++;
    }

    public long getRevision() {
        return revision;
    }
}
