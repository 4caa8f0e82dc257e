package io.switchboard.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that stands for the whole SLA policy list: every change of policies bumps its revision (so every
 * server instance recompiles its cached policy conditions).
 */
@Entity
// Read by Revisions, together with the other compiled list's revision.
@Table(name = "sla_policy_set")
public class SlaPolicySetRevision {

    public static final int ID = 1;

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
