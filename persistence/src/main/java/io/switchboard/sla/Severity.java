package io.switchboard.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A level of urgency within an SLA policy, with the times it promises in minutes (at least one) and whether they count
 * always or only inside working hours. Every policy has exactly one default severity, which new conversations get.
 */
@Entity
@Table(name = "sla_severity")
public class Severity {

    @Id
    @SequenceGenerator(name = "sla_severity_seq", sequenceName = "sla_severity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_severity_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id", nullable = false, updatable = false)
    private SlaPolicy policy;

    @Column(nullable = false)
    private String name;

    @Column(name = "list_order", nullable = false)
    private int listOrder;

    @Column(name = "is_default", nullable = false)
    private boolean defaultSeverity;

    @Column(name = "first_response_minutes")
    private Integer firstResponseMinutes;

    @Column(name = "next_reply_minutes")
    private Integer nextReplyMinutes;

    @Column(name = "resolution_minutes")
    private Integer resolutionMinutes;

    @Column(name = "working_hours_only", nullable = false)
    private boolean workingHoursOnly;

    protected Severity() {}

    Severity(SlaPolicy policy, String name) {
        this.policy = policy;
        this.name = Objects.requireNonNull(name, "name");
    }

    void redefine(int newListOrder, SlaPolicyDefinition.SeverityDefinition definition) {
        listOrder = newListOrder;
        defaultSeverity = definition.isDefault();
        firstResponseMinutes = definition.firstResponseMinutes();
        nextReplyMinutes = definition.nextReplyMinutes();
        resolutionMinutes = definition.resolutionMinutes();
        workingHoursOnly = definition.workingHoursOnly();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isDefaultSeverity() {
        return defaultSeverity;
    }

    public Integer getFirstResponseMinutes() {
        return firstResponseMinutes;
    }

    public Integer getNextReplyMinutes() {
        return nextReplyMinutes;
    }

    public Integer getResolutionMinutes() {
        return resolutionMinutes;
    }

    public boolean isWorkingHoursOnly() {
        return workingHoursOnly;
    }

    int getListOrder() {
        return listOrder;
    }
}
