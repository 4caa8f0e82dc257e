package io.switchboard.admin.apikeys;

import io.switchboard.admin.support.ReportsRefusals;
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
import java.util.List;

/** The API-keys screen: list, create (showing the token once) and revoke. */
@Named
@ViewScoped
public class ApiKeysBean implements Serializable {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @EJB
    transient ApiKeyService apiKeys;

    @Inject
    transient SecurityContext securityContext;

    private transient List<ApiKey> keys;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[^:]*", message = "must not contain ':'")
    private String name;

    // Role names: a generic List<Role> would reach the bean unconverted from the checkboxes.
    @NotEmpty
    private List<String> roles = new ArrayList<>();

    private String issuedToken;

    @PostConstruct
    void load() {
        keys = apiKeys.list();
    }

    @ReportsRefusals
    public void create() {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(role -> chosen.add(Role.valueOf(role)));
        IssuedApiKey issued = apiKeys.create(
                name.trim(), chosen, securityContext.getCallerPrincipal().getName());
        issuedToken = issued.token();
        name = null;
        roles = new ArrayList<>();
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
