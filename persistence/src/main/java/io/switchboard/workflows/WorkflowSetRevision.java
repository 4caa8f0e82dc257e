package io.switchboard.workflows;

import io.switchboard.platform.Hints;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/**
 * The single row that stands for all workflows: a change locks it (reorders and inserts are serialized across server
 * instances) and bumps its revision (every instance recompiles its cached workflows).
 */
@Entity
// Written only by edits of the workflows: a read in any other transaction needs no flush of its pending changes.
@NamedQuery(
        name = WorkflowSetRevision.CURRENT,
        query = "select s.revision from WorkflowSetRevision s where s.id = 1",
        hints = @QueryHint(name = Hints.FLUSH, value = "false"))
@Table(name = "workflow_set")
public class WorkflowSetRevision {

    public static final int ID = 1;
    public static final String CURRENT = "WorkflowSetRevision.current";

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
