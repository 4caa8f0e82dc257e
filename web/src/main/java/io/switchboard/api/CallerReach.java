package io.switchboard.api;

import io.switchboard.apikeys.ApiKeyService;
import io.switchboard.conversations.logic.Reach;
import io.switchboard.lifecycle.ConversationReach;
import io.switchboard.security.ApiKeyIdentityStore;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

/**
 * Who the caller of this request acts as: the agent its API key is bound to, and its reach over conversations (the
 * engine's {@link ConversationReach} decides; this only says who is asking).
 */
@RequestScoped
public class CallerReach {

    @EJB
    ConversationReach reach;

    @EJB
    ApiKeyService apiKeys;

    private Optional<Long> boundAgent;

    /** The agent the caller's API key acts as; empty for users and unbound keys. */
    public Optional<Long> boundAgent(SecurityContext security) {
        if (boundAgent == null) {
            String name = security.getUserPrincipal().getName();
            boundAgent = name.startsWith(ApiKeyIdentityStore.CALLER_PREFIX)
                    ? apiKeys.boundAgent(name.substring(ApiKeyIdentityStore.CALLER_PREFIX.length()))
                    : Optional.empty();
        }
        return boundAgent;
    }

    /** The conversations the caller reaches, for reading or for changing them. */
    public Reach of(SecurityContext security, boolean writing) {
        String name = security.getUserPrincipal().getName();
        String username = name.startsWith(ApiKeyIdentityStore.CALLER_PREFIX) ? null : name;
        return reach.of(Callers.roles(security), username, boundAgent(security).orElse(null), writing);
    }
}
