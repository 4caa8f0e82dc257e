package io.switchboard.admin.waiting;

import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.waiting.AudioSource;
import io.switchboard.waiting.VoiceWaitingService;
import io.switchboard.waiting.VoiceWaitingStrategy;
import io.switchboard.waiting.WaitingStrategy;
import io.switchboard.waiting.WaitingStrategyService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The waiting strategies screen's two lists: messaging strategies (welcome, announcement, maximum wait) and voice
 * strategies (greeting, hold music, announcement with the position in queue, maximum wait message), with the senders
 * still free for a new one. The forms and the audio files have their own beans.
 */
@Named
@ViewScoped
public class WaitingStrategiesBean implements Serializable {

    /** A row of either table. */
    public static final class Row implements Serializable {
        private final long id;
        private final String name;
        private final String sender;
        private final String summary;

        Row(long id, String name, String sender, String summary) {
            this.id = id;
            this.name = name;
            this.sender = sender;
            this.summary = summary;
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getSender() {
            return sender;
        }

        public String getSummary() {
            return summary;
        }
    }

    @EJB
    transient WaitingStrategyService messagingStrategies;

    @EJB
    transient VoiceWaitingService voiceStrategies;

    @EJB
    transient SenderService senders;

    private List<Row> messagingRows;
    private List<Row> voiceRows;
    private Map<String, Long> messagingSenders;
    private Map<String, Long> voiceSenders;

    @PostConstruct
    public void load() {
        List<WaitingStrategy> messaging = messagingStrategies.list();
        List<VoiceWaitingStrategy> voice = voiceStrategies.list();
        messagingRows = messaging.stream()
                .map(s -> new Row(s.getId(), s.getName(), s.getSender().getAddress(), summary(s.messages())))
                .toList();
        voiceRows = voice.stream()
                .map(s -> new Row(s.getId(), s.getName(), s.getSender().getAddress(), summary(s)))
                .toList();
        Set<Long> taken = messaging.stream().map(s -> s.getSender().getId()).collect(Collectors.toSet());
        voice.forEach(s -> taken.add(s.getSender().getId()));
        messagingSenders = new LinkedHashMap<>();
        voiceSenders = new LinkedHashMap<>();
        for (Sender sender : senders.list()) {
            if (taken.contains(sender.getId())) {
                continue;
            }
            String label = Labels.sender(sender);
            (sender.getChannel().isCall() ? voiceSenders : messagingSenders).put(label, sender.getId());
        }
    }

    private static String summary(WaitingStrategy.Messages m) {
        StringBuilder text = new StringBuilder();
        if (m.welcomeEnabled()) {
            text.append("Welcome; ");
        }
        if (m.announcementEnabled()) {
            text.append("announcement every ")
                    .append(m.announcementEvery())
                    .append(" min")
                    .append(m.announcementMaxCount() == null ? "" : ", at most " + m.announcementMaxCount())
                    .append("; ");
        }
        if (m.maxWaitEnabled()) {
            text.append("closes after ").append(m.maxWait()).append(" min");
        }
        return text.toString().replaceAll("; $", "");
    }

    private static String summary(VoiceWaitingStrategy s) {
        String prompts = s.getPrompts().entrySet().stream()
                .filter(e -> e.getValue().isEnabled())
                .map(e -> Labels.words(e.getKey()).toLowerCase(Locale.ROOT)
                        + (e.getValue().getSource() == AudioSource.FILE
                                ? (e.getValue().getAudioId() == null ? " (no file yet)" : " (file)")
                                : " (speech)"))
                .collect(Collectors.joining(", "));
        return "Max wait " + s.getMaxWaitSeconds() + " s; " + prompts;
    }

    @ReportsRefusals
    public void deleteMessaging(Row row) {
        try {
            messagingStrategies.delete(row.getId());
            Messages.inform("Waiting strategy " + UserText.quoted(row.getName()) + " deleted");
        } finally {
            load();
        }
    }

    @ReportsRefusals
    public void deleteVoice(Row row) {
        try {
            voiceStrategies.delete(row.getId());
            Messages.inform("Voice waiting strategy " + UserText.quoted(row.getName()) + " deleted");
        } finally {
            load();
        }
    }

    public List<Row> getMessagingRows() {
        return messagingRows;
    }

    public List<Row> getVoiceRows() {
        return voiceRows;
    }

    public Map<String, Long> getMessagingSenders() {
        return messagingSenders;
    }

    public Map<String, Long> getVoiceSenders() {
        return voiceSenders;
    }
}
