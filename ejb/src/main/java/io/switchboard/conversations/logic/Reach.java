package io.switchboard.conversations.logic;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which conversations a caller may see and act on: the one reach rule of the API.
 *
 * <ul>
 *   <li><b>Everything</b>: managers and supervisors ("a Manager manages conversations regardless of whom they are
 *   assigned to"), and Analytics Managers for reading only.</li>
 *   <li><b>An agent</b> reaches a conversation assigned to them, or an unassigned one in a queue they belong to or in
 *   the Default queue (every agent belongs to it); a conversation assigned to someone else is out of reach, in
 *   whatever queue. A caller holding the Agent role without an agent record (an API key bound to no agent) is an agent
 *   of no queue: it reaches the unassigned conversations of the Default queue.</li>
 *   <li><b>A bot</b> reaches the conversations it holds (assigned to it), nothing else.</li>
 *   <li><b>Nothing</b>: every other caller (a channel gateway's key).</li>
 * </ul>
 *
 * A conversation out of reach does not exist for the caller: the API answers 404 and lists omit it.
 */
public record Reach(Kind kind, Long agentId, Set<Long> queueIds, Long defaultQueueId) {

    /** The shape of a reach. */
    public enum Kind {
        EVERYTHING,
        AGENT,
        BOT,
        NOTHING
    }

    public static final Reach EVERYTHING = new Reach(Kind.EVERYTHING, null, Set.of(), null);
    public static final Reach NOTHING = new Reach(Kind.NOTHING, null, Set.of(), null);

    public Reach {
        Objects.requireNonNull(kind, "kind");
        queueIds = Set.copyOf(queueIds);
        if (kind == Kind.AGENT) {
            Objects.requireNonNull(defaultQueueId, "defaultQueueId");
        }
        if (kind == Kind.BOT) {
            Objects.requireNonNull(agentId, "agentId");
        }
    }

    /** A human agent's reach; {@code agentId} null for an Agent-role caller who is no agent. */
    public static Reach agent(Long agentId, Set<Long> queueIds, long defaultQueueId) {
        return new Reach(Kind.AGENT, agentId, queueIds, defaultQueueId);
    }

    public static Reach bot(long botId) {
        return new Reach(Kind.BOT, botId, Set.of(), null);
    }

    /** Whether a conversation with this assignee (null: unassigned) in this queue is within reach. */
    public boolean reaches(Long assigneeId, long queueId) {
        return switch (kind) {
            case EVERYTHING -> true;
            case NOTHING -> false;
            case BOT -> agentId.equals(assigneeId);
            case AGENT ->
                assigneeId == null
                        ? queueId == defaultQueueId || queueIds.contains(queueId)
                        : assigneeId.equals(agentId);
        };
    }

    /** The queues whose unassigned conversations an agent reaches (theirs and the Default queue). */
    public Set<Long> unassignedQueues() {
        if (kind != Kind.AGENT) {
            return Set.of();
        }
        Set<Long> all = new HashSet<>(queueIds);
        all.add(defaultQueueId);
        return Set.copyOf(all);
    }
}
