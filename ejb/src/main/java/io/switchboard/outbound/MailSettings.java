package io.switchboard.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where workflow emails go: the server's mail session (a JNDI mail resource, {@code mail/switchboard} unless told
 * otherwise; payara-config/server.sh creates it from SWITCHBOARD_MAIL_HOST, _PORT, _TLS and _USER) and the SMTP
 * password, read here (SWITCHBOARD_MAIL_PASSWORD) rather than written into the domain's configuration.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "switchboard.mail.session", defaultValue = "mail/switchboard")
    String session;

    @Inject
    @ConfigProperty(name = "switchboard.mail.password")
    Optional<String> password;

    public String session() {
        return session;
    }

    public Optional<String> password() {
        return password.filter(p -> !p.isEmpty());
    }
}
