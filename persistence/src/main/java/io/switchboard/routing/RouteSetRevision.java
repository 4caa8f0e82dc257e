package io.switchboard.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that stands for the whole route set: every change of routes locks it (so reorders and inserts are
 * serialized across server instances) and bumps its revision (so every instance recompiles its cached routes).
 */
@Entity
// Read by Revisions, together with the other compiled list's revision.
@Table(name = "route_set")
public class RouteSetRevision {

    public static final int ID = 1;

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
