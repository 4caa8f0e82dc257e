package io.switchboard.sla;

import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conditions.json.ConditionGroupConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A service-level agreement: which conversations it covers (conditions, queues, validity period) and the severities
 * it promises. Policies form one ordered list; the first enabled, valid, matching one applies. Invariants: at least
 * one severity, exactly one of them the default; list positions are dense from 0.
 */
@Entity
@Table(name = "sla_policy")
@NamedQuery(name = SlaPolicy.ALL, query = "select p from SlaPolicy p order by p.listOrder, p.id")
public class SlaPolicy {

    public static final String ALL = "SlaPolicy.all";

    @Id
    @SequenceGenerator(name = "sla_policy_seq", sequenceName = "sla_policy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_policy_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "list_order", nullable = false)
    private int listOrder;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    /** The condition tree, stored as JSON. */
    @Convert(converter = ConditionGroupConverter.class)
    @Column(nullable = false)
    private ConditionGroup conditions;

    @Enumerated(EnumType.STRING)
    @Column(name = "queue_scope", nullable = false)
    private QueueScope queueScope;

    @ElementCollection
    @CollectionTable(name = "sla_policy_queue", joinColumns = @JoinColumn(name = "policy_id"))
    @Column(name = "queue_id")
    private Set<Long> queueIds = new HashSet<>();

    @Column(name = "exclude_automated", nullable = false)
    private boolean excludeAutomated;

    @OneToMany(mappedBy = "policy", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listOrder")
    private List<Severity> severities = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SlaPolicy() {}

    public SlaPolicy(int listOrder, Instant createdAt) {
        this.listOrder = listOrder;
        this.createdAt = createdAt;
        this.updatedAt = this.createdAt;
    }

    /** Replaces everything a supervisor edits; severities are given in order, the default among them. */
    public void define(SlaPolicyDefinition definition, Instant at) {
        if (definition.severities().isEmpty()
                || definition.severities().stream()
                                .filter(SlaPolicyDefinition.SeverityDefinition::isDefault)
                                .count()
                        != 1) {
            throw new IllegalArgumentException("a policy has severities with exactly one default");
        }
        name = Objects.requireNonNull(definition.name(), "name");
        enabled = definition.enabled();
        validFrom = definition.validFrom() == null ? null : definition.validFrom();
        validTo = definition.validTo() == null ? null : definition.validTo();
        conditions = Objects.requireNonNull(definition.conditions(), "conditions");
        queueScope = Objects.requireNonNull(definition.queueScope(), "queueScope");
        queueIds.clear();
        queueIds.addAll(definition.queueIds());
        excludeAutomated = definition.excludeAutomated();
        // Conversations refer to severities by name: a severity keeps its row while its name stays (which also
        // keeps the name's unique key free of a delete-then-insert ordering).
        Map<String, Severity> byName = new HashMap<>();
        severities.forEach(s -> byName.put(s.getName(), s));
        List<Severity> next = new ArrayList<>();
        int order = 0;
        for (SlaPolicyDefinition.SeverityDefinition d : definition.severities()) {
            Severity severity = byName.remove(d.name());
            if (severity == null) {
                severity = new Severity(this, d.name());
            }
            severity.redefine(order++, d);
            next.add(severity);
        }
        severities.clear();
        severities.addAll(next);
        updatedAt = at;
    }

    public void moveTo(int newListOrder) {
        listOrder = newListOrder;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getListOrder() {
        return listOrder;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidTo() {
        return validTo;
    }

    public ConditionGroup getConditions() {
        return conditions;
    }

    public QueueScope getQueueScope() {
        return queueScope;
    }

    public Set<Long> getQueueIds() {
        return Set.copyOf(queueIds);
    }

    public boolean isExcludeAutomated() {
        return excludeAutomated;
    }

    public List<Severity> getSeverities() {
        return List.copyOf(severities);
    }

    public Severity defaultSeverity() {
        return severities.stream()
                .filter(Severity::isDefaultSeverity)
                .findFirst()
                .orElseThrow();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
