package io.switchboard.attributes;

import io.switchboard.platform.ForbiddenException;
import io.switchboard.users.Role;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * What a caller may not see: values of sensitive attributes (people's, companies', and conversation metadata keys)
 * and sensitive message content are masked for those who do not manage conversations. Managers and supervisors see
 * everything; agents and Analytics Managers see masks (the guide hides sensitive data from agents to keep it
 * confidential, and analytics and reports need no customer's sensitive value, so an analyst sees no more than an
 * agent).
 *
 * <p>A mask is never stored: written back, it means "unchanged", so an agent can read a record and send the same JSON
 * back without overwriting what it hides. A caller who sees masks cannot change a sensitive value at all (403
 * naming the attribute); leaving it out keeps it too.
 */
public record Masking(
        boolean active,
        Set<String> sensitivePersonAttributes,
        Set<String> sensitiveCompanyAttributes,
        Set<String> sensitiveConversationAttributes) {

    public static final String MASK = "••••••";
    public static final Masking NONE = new Masking(false, Set.of(), Set.of(), Set.of());

    public Masking(boolean active, Set<String> sensitivePersonAttributes, Set<String> sensitiveCompanyAttributes) {
        this(active, sensitivePersonAttributes, sensitiveCompanyAttributes, Set.of());
    }

    /** Whether callers with these roles see masked values: those who hold neither Manager nor Account Manager. */
    public static boolean appliesTo(Collection<Role> roles) {
        return !roles.contains(Role.MANAGER) && !roles.contains(Role.ACCOUNT_MANAGER);
    }

    /** Whether a value sent back is the mask this API shows (a single mask in a list, too). */
    public static boolean isMask(Object value) {
        return MASK.equals(value)
                || (value instanceof Collection<?> values && values.size() == 1 && values.contains(MASK));
    }

    /** Whether the attribute's values are hidden from this caller. */
    public boolean hides(AttributeOwner owner, String attribute) {
        return active && sensitive(owner).contains(attribute);
    }

    /** The value as this caller may see it. */
    public String show(AttributeOwner owner, String attribute, String value) {
        return value != null && hides(owner, attribute) ? MASK : value;
    }

    /** Content marked sensitive as this caller may see it. */
    public String showContent(boolean sensitive, String content) {
        return active && sensitive && content != null ? MASK : content;
    }

    /**
     * The value a write by this caller leaves: a mask sent back keeps the stored value; for a caller who sees masks,
     * a sensitive attribute left out keeps it too, and a different value is refused (403 naming {@code field}).
     */
    public <T> T written(AttributeOwner owner, String attribute, String field, T stored, T sent) {
        if (isMask(sent)) {
            return stored;
        }
        if (!hides(owner, attribute) || sent == null || Objects.equals(sent, stored)) {
            return hides(owner, attribute) && sent == null ? stored : sent;
        }
        throw new ForbiddenException(field, "is sensitive: only managers and supervisors may change it");
    }

    private Set<String> sensitive(AttributeOwner owner) {
        return switch (owner) {
            case PERSON -> sensitivePersonAttributes;
            case COMPANY -> sensitiveCompanyAttributes;
            case CONVERSATION -> sensitiveConversationAttributes;
        };
    }
}
