package io.switchboard.lifecycle.workflows;

import io.switchboard.lifecycle.ConversationService;
import io.switchboard.platform.JsonText;
import io.switchboard.workflows.WorkflowRun;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The recorded workflow runs of a conversation, as supervisors and agents read them. */
@Stateless
public class WorkflowHistory {

    public record RunView(
            long id,
            Long workflowId,
            String workflow,
            String trigger,
            int depth,
            String outcome,
            String reason,
            List<ActionOutcome> actions,
            Instant ranAt) {}

    private static final java.lang.reflect.Type OUTCOMES =
            new java.util.ArrayList<ActionOutcome>() {}.getClass().getGenericSuperclass();

    @PersistenceContext
    EntityManager em;

    @EJB
    ConversationService conversations;

    public List<RunView> runs(long conversationId) {
        conversations.find(conversationId);
        return em
                .createNamedQuery(WorkflowRun.OF_CONVERSATION, WorkflowRun.class)
                .setParameter("conversationId", conversationId)
                .getResultList()
                .stream()
                .map(r -> new RunView(
                        r.getId(),
                        r.getWorkflowId(),
                        r.getWorkflowName(),
                        r.getTriggerType(),
                        r.getDepth(),
                        r.getOutcome(),
                        r.getReason(),
                        JsonText.read(r.getActions(), OUTCOMES),
                        r.getRanAt()))
                .toList();
    }
}
