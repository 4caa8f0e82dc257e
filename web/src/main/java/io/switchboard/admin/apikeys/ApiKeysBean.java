package io.switchboard.admin.apikeys;

import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentKind;
import io.switchboard.agents.AgentService;
import io.switchboard.apikeys.ApiKey;
import io.switchboard.apikeys.ApiKeyService;
import io.switchboard.apikeys.IssuedApiKey;
import io.switchboard.users.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The API-keys screen: list, create (showing the token once) and revoke. */
@Named
@ViewScoped
public class ApiKeysBean implements Serializable {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @EJB
    transient ApiKeyService apiKeys;

    @EJB
    transient AgentService agentService;

    @Inject
    transient SecurityContext securityContext;

    private transient List<ApiKey> keys;

    // Agents by id, as the form and the list name them.
    private transient Map<Long, String> agentNames;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[^:]*", message = "must not contain ':'")
    private String name;

    // Role names: a generic List<Role> would reach the bean unconverted from the checkboxes.
    @NotEmpty
    private List<String> roles = new ArrayList<>();

    private Long agentId;

    private String issuedToken;

    @PostConstruct
    void load() {
        keys = apiKeys.list();
        agentNames = new LinkedHashMap<>();
        agentService.list(null).forEach(agent -> agentNames.put(agent.getId(), label(agent)));
    }

    @ReportsRefusals
    public void create() {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(role -> chosen.add(Role.valueOf(role)));
        IssuedApiKey issued = apiKeys.create(
                name.trim(),
                chosen,
                agentId,
                securityContext.getCallerPrincipal().getName());
        issuedToken = issued.token();
        name = null;
        roles = new ArrayList<>();
        agentId = null;
        load();
    }

    public void revoke(ApiKey key) {
        apiKeys.revoke(key.getId());
        load();
    }

    /** A time as supervisors read it: minutes, in UTC. */
    public String when(Instant instant) {
        return instant == null ? "never" : WHEN.format(instant);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    /** A role as supervisors read it. */
    public String roleLabel(Role role) {
        return Labels.role(role);
    }

    /** A key's roles as supervisors read them. */
    public String rolesOf(ApiKey key) {
        return key.getRoles().stream().sorted().map(this::roleLabel).collect(Collectors.joining(", "));
    }

    /** The agents a key may act as, by name (bots marked). */
    public Map<String, Long> getAgents() {
        if (agentNames == null) {
            load();
        }
        Map<String, Long> choices = new LinkedHashMap<>();
        agentNames.forEach((id, name) -> choices.put(name, id));
        return choices;
    }

    /** Who a key acts as, by name; empty when no one. */
    public String actsAs(ApiKey key) {
        if (key.getAgentId() == null) {
            return "";
        }
        if (agentNames == null) {
            load();
        }
        return agentNames.getOrDefault(key.getAgentId(), "");
    }

    private static String label(Agent agent) {
        return agent.getKind() == AgentKind.BOT ? agent.getName() + " (bot)" : agent.getName();
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public List<ApiKey> getKeys() {
        if (keys == null) {
            load();
        }
        return keys;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public void forgetIssuedToken() {
        issuedToken = null;
    }
}
