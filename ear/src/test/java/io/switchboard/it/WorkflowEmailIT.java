package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.assertField;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workflow email actions (issue 16) reach a real SMTP server: GreenMail on loopback at the port the test
 * domain's mail resource mail/switchboard points at (port base + 25, ear/pom.xml). Each email goes through the outbox
 * and arrives with its recipient, subject and body filled in; the ones that cannot go are skipped with the reason in
 * the run. Every workflow here is limited to this test's own senders and deleted at the end.
 */
class WorkflowEmailIT {

    private static final String JSON = "application/json";

    private static final List<Long> workflows = new ArrayList<>();
    private static GreenMail smtp;
    private static String supervisor;
    private static String run;
    private static String support;
    private static long supportId;
    private static String noReply;
    private static long noReplyId;

    @BeforeAll
    static void setUp() {
        int port = Integer.parseInt(System.getProperty("payara.port.base")) + 25;
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        supervisor = bearer(createApiKey(unique("wfm-admin"), "ACCOUNT_MANAGER"));
        run = unique("wfm").toLowerCase();
        support = "support-" + run + "@example.test";
        supportId = sender("EMAIL", support, false);
        noReply = "no-reply-" + run + "@example.test";
        noReplyId = sender("EMAIL", noReply, true);
    }

    @AfterAll
    static void tearDown() {
        workflows.forEach(id -> request("DELETE", API + "/workflows/" + id, supervisor, null, null));
        if (smtp != null) {
            smtp.stop();
        }
    }

    /**
     * Guide: "Email the customer ... Sends an email to the customer that participated in the conversation";
     * "Email the external recipient ... Sends an email to any defined recipient(s)"; "Email transcript ... Sends the
     * transcript of the conversation ... The customer must have a defined email address"; "Notify by email ... Sends
     * an email notification using the sender's email address that must be manually set as a no-reply address.
     * Recipients need to be manually defined." Placeholders: "Email customer (content + subject)", "Email external
     * recipient (message content + subject)", "Email transcript (subject)", "Notify by email (subject)".
     */
    @Test
    void aCustomerEmailSendsAllFourEmailsOverSmtp() throws Exception {
        String boss = "boss-" + run + "@example.test";
        String ops = "ops-" + run + "@example.test";
        String ops2 = "ops2-" + run + "@example.test";
        long workflow =
                create("""
                {"name": "%s", "triggers": [{"type": "INBOUND_MESSAGE_RECEIVED"}],
                 "conditions": {"join": "AND", "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%d"}]},
                 "actions": [
                   {"type": "EMAIL_CUSTOMER", "subject": "Re: {{email.subject}}",
                    "text": "Hello, we read: {{message.content}}"},
                   {"type": "EMAIL_RECIPIENT", "fromSenderId": %d, "recipients": ["%s"],
                    "subject": "Case {{conversation.shortId}}", "text": "Written by {{email.from}} to {{email.to}}"},
                   {"type": "EMAIL_TRANSCRIPT", "fromSenderId": %d, "subject": "Your conversation {{conversation.shortId}}"},
                   {"type": "NOTIFY_BY_EMAIL", "fromSenderId": %d, "recipients": ["%s", "%s"],
                    "subject": "New email from {{message.from}}"}
                 ]}""".formatted(unique("mail-all"), supportId, noReplyId, boss, noReplyId, noReplyId, ops, ops2));
        String customer = "customer-" + run + "@example.test";
        long conversation = ReachIT.created(request(
                        "POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "EMAIL", "from": "%s", "to": "%s", "subject": "Parcel", "text": "Where is my parcel?"}""".formatted(customer, support)))
                .getInt("conversationId");
        int shortId =
                get(API + "/conversations/" + conversation, supervisor).json().getInt("shortId");

        JsonObject workflowRun = awaitRun(conversation, workflow);
        assertThat(workflowRun.getJsonArray("actions").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("outcome"))
                .containsExactly("QUEUED", "QUEUED", "QUEUED", "QUEUED");

        // One delivery a recipient: the customer twice (their email, the transcript), the boss, both on duty.
        List<MimeMessage> mails = awaitMails(5);
        MimeMessage reply = only(mails, customer, "Re: Parcel");
        assertThat(reply.getFrom()[0].toString()).isEqualTo(support);
        assertThat(text(reply)).isEqualTo("Hello, we read: Where is my parcel?");

        MimeMessage toBoss = only(mails, boss, "Case " + shortId);
        assertThat(toBoss.getFrom()[0].toString()).isEqualTo(noReply);
        assertThat(text(toBoss)).isEqualTo("Written by " + customer + " to " + support);

        MimeMessage transcript = only(mails, customer, "Your conversation " + shortId);
        assertThat(transcript.getFrom()[0].toString()).isEqualTo(noReply);
        assertThat(text(transcript)).startsWith("Your conversation " + shortId).contains("Where is my parcel?");

        MimeMessage notice = only(mails, ops, "New email from " + customer);
        assertThat(notice.getFrom()[0].toString()).isEqualTo(noReply);
        assertThat(Arrays.stream(notice.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly(ops, ops2);
        assertThat(text(notice)).contains("Conversation " + shortId);
        // Every attempt of an entry carries the same Message-ID (the outbox entry's idempotency key).
        assertThat(notice.getMessageID()).endsWith("@switchboard>");
    }

    /**
     * Guide: Email the customer: "The last message in the conversation has to be an e-mail, otherwise, this action
     * will not be executed"; placeholders: "if the complete message, including the placeholder value, exceeds the
     * length limit, the message will not be sent". A From sender must be one "manually set as a no-reply address".
     */
    @Test
    void emailsThatCannotGoAreSkippedWithTheReasonAndBadOnesRefused() throws Exception {
        String line = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        long lineId = sender("SMS", line, false);
        long workflow = create("""
                {"name": "%s", "triggers": [{"type": "INBOUND_MESSAGE_RECEIVED"}],
                 "conditions": {"join": "AND", "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%d"}]},
                 "actions": [
                   {"type": "EMAIL_CUSTOMER", "subject": "Hello", "text": "Hello"},
                   {"type": "EMAIL_RECIPIENT", "fromSenderId": %d, "recipients": ["x-%s@example.test"],
                    "subject": "Said: {{message.content}}", "text": "x"}
                 ]}""".formatted(unique("mail-skip"), lineId, noReplyId, run));
        String customer = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        long conversation = ReachIT.created(
                        request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(
                                        customer, line, "x".repeat(300))))
                .getInt("conversationId");
        List<JsonObject> actions =
                awaitRun(conversation, workflow).getJsonArray("actions").getValuesAs(JsonObject.class);
        assertThat(actions).extracting(a -> a.getString("outcome")).containsExactly("SKIPPED", "SKIPPED");
        assertThat(actions.get(0).getString("detail")).contains("last message of the conversation is not an email");
        assertThat(actions.get(1).getString("detail")).contains("more than 250 characters");

        String inbound = "\"triggers\": [{\"type\": \"INBOUND_MESSAGE_RECEIVED\"}]";
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "NOTIFY_BY_EMAIL", "fromSenderId": %d, "recipients": ["a@example.test"],
                  "subject": "s"}]}""".formatted(inbound, supportId)), "actions[0].fromSenderId");
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "EMAIL_RECIPIENT", "fromSenderId": %d, "recipients": ["not-an-address"],
                  "subject": "s", "text": "t"}]}""".formatted(inbound, noReplyId)), "actions[0].recipients[0]");
        assertField(post("""
                {"name": "x", "triggers": [{"type": "NOTE_CREATED"}], "actions": [{"type": "EMAIL_TRANSCRIPT",
                  "fromSenderId": %d, "subject": "{{message.content}}"}]}""".formatted(noReplyId)), "actions[0].subject");
        assertField(
                request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "+38591%s", "noReply": true}""".formatted(
                                ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999))),
                "noReply");
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString))
                    .doesNotContain("x-" + run + "@example.test");
        }
    }

    private static long sender(String channel, String address, boolean noReplyFlag) {
        return ReachIT.created(request(
                        "POST", API + "/senders", supervisor, JSON, """
                        {"channel": "%s", "address": "%s", "noReply": %s}""".formatted(channel, address, noReplyFlag)))
                .getInt("id");
    }

    private static TestServer.Reply post(String body) {
        return request("POST", API + "/workflows", supervisor, JSON, body);
    }

    private static long create(String body) {
        long id = ReachIT.created(post(body)).getInt("id");
        workflows.add(id);
        return id;
    }

    /** This workflow's run on the conversation (other tests' workflows record theirs, skipped, beside it). */
    private static JsonObject awaitRun(long conversation, long workflow) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonArray runs;
        do {
            runs = get(API + "/conversations/" + conversation + "/workflow-runs", supervisor)
                    .jsonArray();
            for (JsonObject one : runs.getValuesAs(JsonObject.class)) {
                if (one.getInt("workflowId") == workflow) {
                    return one;
                }
            }
            Thread.sleep(300);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("no workflow run recorded on conversation " + conversation);
    }

    private static List<MimeMessage> awaitMails(int count) {
        smtp.waitForIncomingEmail(60_000, count);
        return List.of(smtp.getReceivedMessages());
    }

    /** The one mail addressed to {@code recipient} with {@code subject} (a copy per recipient counted once). */
    private static MimeMessage only(List<MimeMessage> mails, String recipient, String subject) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (MimeMessage mail : mails) {
            boolean addressed = Arrays.stream(mail.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(recipient));
            if (addressed && subject.equals(mail.getSubject()) && !seen.contains(mail.getMessageID())) {
                seen.add(mail.getMessageID());
                found.add(mail);
            }
        }
        assertThat(found).as("mails to %s with subject %s", recipient, subject).hasSize(1);
        return found.get(0);
    }

    private static String text(MimeMessage mail) throws Exception {
        return String.valueOf(mail.getContent()).strip();
    }
}
