package io.switchboard.attributes;

import io.switchboard.users.Role;
import java.util.Collection;
import java.util.Set;

/**
 * What a caller may not see: values of sensitive attributes (and sensitive message content) are masked for agents.
 * Managers and supervisors see everything.
 */
public record Masking(boolean active, Set<String> sensitivePersonAttributes, Set<String> sensitiveCompanyAttributes) {

    public static final String MASK = "••••••";
    public static final Masking NONE = new Masking(false, Set.of(), Set.of());

    /** Whether callers with these roles see masked values: those who hold neither Manager nor Account Manager. */
    public static boolean appliesTo(Collection<Role> roles) {
        return !roles.contains(Role.MANAGER) && !roles.contains(Role.ACCOUNT_MANAGER);
    }

    /** The value as this caller may see it. */
    public String show(AttributeOwner owner, String attribute, String value) {
        if (!active || value == null) {
            return value;
        }
        Set<String> sensitive = owner == AttributeOwner.PERSON ? sensitivePersonAttributes : sensitiveCompanyAttributes;
        return sensitive.contains(attribute) ? MASK : value;
    }

    /** Content marked sensitive as this caller may see it. */
    public String showContent(boolean sensitive, String content) {
        return active && sensitive && content != null ? MASK : content;
    }
}
