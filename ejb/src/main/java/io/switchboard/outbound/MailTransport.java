package io.switchboard.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Sends one outbox mail entry over the server's mail session (Jakarta Mail). Every attempt carries the same
 * Message-ID, made from the entry's idempotency key, so that a repeat after a lost answer is recognisable as one.
 * Failures become outcomes: a refused address will not heal; an unreachable or refusing server may.
 */
@ApplicationScoped
public class MailTransport {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    MailSettings settings;

    DeliveryOutcome send(OutboxService.Delivery delivery) {
        Session session;
        try {
            session = (Session) new InitialContext().lookup(settings.session());
        } catch (NamingException | ClassCastException e) {
            return DeliveryOutcome.retryable("no mail session " + settings.session() + " on the server: " + e);
        }
        JsonObject mail;
        try (var reader = JSON.createReader(new StringReader(delivery.payload()))) {
            mail = reader.readObject();
        }
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + delivery.idempotencyKey() + "@switchboard>");
                }
            };
            String fromName = mail.getString("fromName", null);
            message.setFrom(
                    fromName == null
                            ? new InternetAddress(mail.getString("from"))
                            : new InternetAddress(mail.getString("from"), fromName, "UTF-8"));
            for (JsonString to : mail.getJsonArray("to").getValuesAs(JsonString.class)) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(to.getString(), true));
            }
            message.setSubject(mail.getString("subject"), "UTF-8");
            message.setText(mail.getString("text"), "UTF-8");
            message.setSentDate(new Date());
            message.saveChanges();
            try (Transport transport = session.getTransport("smtp")) {
                String user = session.getProperty("mail.smtp.user") != null
                        ? session.getProperty("mail.smtp.user")
                        : session.getProperty("mail.user");
                if (Boolean.parseBoolean(session.getProperty("mail.smtp.auth"))) {
                    transport.connect(user, settings.password().orElse(null));
                } else {
                    transport.connect();
                }
                transport.sendMessage(message, message.getAllRecipients());
            }
            return DeliveryOutcome.success();
        } catch (AddressException | UnsupportedEncodingException e) {
            return DeliveryOutcome.permanent("invalid address: " + e.getMessage());
        } catch (SendFailedException e) {
            // Some recipients got it: retrying would repeat it to them. None did: addresses the server refuses for good
            // will not heal; a temporary refusal (valid but unsent) may.
            if (e.getValidSentAddresses() != null && e.getValidSentAddresses().length > 0) {
                return DeliveryOutcome.success();
            }
            boolean temporary = e.getValidUnsentAddresses() != null && e.getValidUnsentAddresses().length > 0;
            return temporary
                    ? DeliveryOutcome.retryable("recipients not accepted for now: " + e.getMessage())
                    : DeliveryOutcome.permanent("recipients refused: " + e.getMessage());
        } catch (AuthenticationFailedException e) {
            return DeliveryOutcome.retryable("the mail server refused the credentials: " + e.getMessage());
        } catch (MessagingException e) {
            return DeliveryOutcome.retryable("mail server unreachable or refusing: " + e);
        }
    }
}
