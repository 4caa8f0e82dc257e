package io.switchboard.workflows;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that stands for all workflows: a change locks it (reorders and inserts are serialized across server
 * instances) and bumps its revision (every instance recompiles its cached workflows).
 */
@Entity
@Table(name = "workflow_set")
public class WorkflowSetRevision {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(nullable = false)
    private long revision;

    protected WorkflowSetRevision() {}

    public void bump() {
        revision++;
    }

    public long getRevision() {
        return revision;
    }
}
