package io.switchboard.agents;

import io.switchboard.platform.Hints;
import io.switchboard.queues.Queue;
import io.switchboard.users.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who handles conversations: a person with a user account, or a bot. Invariants: a human agent has exactly one
 * user and a bot has none; every agent is in the Default queue implicitly, so {@code queues} holds the others only.
 */
@Entity
@Table(name = "agent")
@NamedQuery(name = Agent.ALL, query = "select a from Agent a order by a.name, a.id")
@NamedQuery(name = Agent.BY_USER, query = "select a from Agent a where a.user.username = :username")
// An assignment decision records its candidates' names; nothing it writes changes them, so no flush first.
@NamedQuery(
        name = Agent.NAMES,
        query = "select a.id, a.name from Agent a where a.id in :ids",
        hints = @QueryHint(name = Hints.FLUSH, value = "false"))
public class Agent {

    public static final String ALL = "Agent.all";
    public static final String BY_USER = "Agent.byUser";
    public static final String NAMES = "Agent.names";

    @Id
    @SequenceGenerator(name = "agent_seq", sequenceName = "agent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AgentKind kind;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", updatable = false, unique = true)
    private User user;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean enabled;

    private String title;

    private String phone;

    /** Optional; the workflows' {@code {{agent.email}}}. */
    private String email;

    @ManyToMany
    @JoinTable(
            name = "agent_queue",
            joinColumns = @JoinColumn(name = "agent_id"),
            inverseJoinColumns = @JoinColumn(name = "queue_id"))
    private Set<Queue> queues = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Agent() {}

    private Agent(AgentKind kind, User user, String name, Instant createdAt) {
        this.kind = kind;
        this.user = user;
        this.name = Objects.requireNonNull(name, "name");
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public static Agent human(User user, String name, Instant createdAt) {
        return new Agent(AgentKind.HUMAN, Objects.requireNonNull(user, "user"), name, createdAt);
    }

    public static Agent bot(String name, Instant createdAt) {
        return new Agent(AgentKind.BOT, null, name, createdAt);
    }

    public void describe(String newName, String newTitle, String newPhone) {
        this.name = Objects.requireNonNull(newName, "newName");
        this.title = newTitle;
        this.phone = newPhone;
    }

    public void enable() {
        enabled = true;
    }

    public void disable() {
        enabled = false;
    }

    /** Replaces the agent's queues; the Default queue is implicit and never stored. */
    public void workIn(Set<Queue> newQueues) {
        queues.clear();
        newQueues.stream().filter(q -> !q.isDefaultQueue()).forEach(queues::add);
    }

    /** Starts working in a queue (the Default queue is implicit). */
    public void join(Queue queue) {
        if (!queue.isDefaultQueue()) {
            queues.add(queue);
        }
    }

    public void leave(Queue queue) {
        queues.remove(queue);
    }

    /** Whether the agent works in the queue (every agent works in the Default queue). */
    public boolean worksIn(Queue queue) {
        return queue.isDefaultQueue() || queues.contains(queue);
    }

    public Long getId() {
        return id;
    }

    public AgentKind getKind() {
        return kind;
    }

    public User getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getTitle() {
        return title;
    }

    public String getEmail() {
        return email;
    }

    /** Sets the email address, checked by the caller; null: none. */
    public void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    public String getPhone() {
        return phone;
    }

    public Set<Queue> getQueues() {
        return Collections.unmodifiableSet(queues);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
