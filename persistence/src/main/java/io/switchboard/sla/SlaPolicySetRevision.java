package io.switchboard.sla;

import io.switchboard.platform.Hints;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/**
 * The single row that stands for the whole SLA policy list: every change of policies bumps its revision (so every
 * server instance recompiles its cached policy conditions).
 */
@Entity
// Written only by edits of the list: a read in any other transaction needs no flush of its pending changes.
@NamedQuery(
        name = SlaPolicySetRevision.CURRENT,
        query = "select r.revision from SlaPolicySetRevision r where r.id = 1",
        hints = @QueryHint(name = Hints.FLUSH, value = "false"))
@Table(name = "sla_policy_set")
public class SlaPolicySetRevision {

    public static final int ID = 1;
    public static final String CURRENT = "SlaPolicySetRevision.current";

    @Id
    private Integer id;

    @Column(nullable = false)
    private long revision;

    protected SlaPolicySetRevision() {}

    public void bump() {
        revision++;
    }

    public long getRevision() {
        return revision;
    }
}
