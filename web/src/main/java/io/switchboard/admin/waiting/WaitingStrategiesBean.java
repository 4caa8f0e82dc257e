package io.switchboard.admin.waiting;

import io.switchboard.admin.support.Messages;
import io.switchboard.channels.Channel;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.platform.DomainException;
import io.switchboard.waiting.AudioSource;
import io.switchboard.waiting.VoiceMessage;
import io.switchboard.waiting.VoicePrompt;
import io.switchboard.waiting.VoiceWaitingService;
import io.switchboard.waiting.VoiceWaitingStrategy;
import io.switchboard.waiting.WaitingStrategy;
import io.switchboard.waiting.WaitingStrategyService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The waiting strategies screen: messaging strategies (welcome, announcement, maximum wait) and voice strategies
 * (greeting, hold music, announcement with the position in queue, maximum wait message, audio files).
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

    /** The form of one voice message. */
    public static final class PromptForm implements Serializable {
        private boolean enabled;
        private String source = AudioSource.TEXT_TO_SPEECH.name();
        private String text;
        private String language = "en-US";
        private String voice;
        private BigDecimal speechRate = BigDecimal.ONE;

        VoicePrompt toPrompt() {
            return new VoicePrompt(enabled, AudioSource.valueOf(source), text, language, voice, speechRate, null);
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        public String getVoice() {
            return voice;
        }

        public void setVoice(String voice) {
            this.voice = voice;
        }

        public BigDecimal getSpeechRate() {
            return speechRate;
        }

        public void setSpeechRate(BigDecimal speechRate) {
            this.speechRate = speechRate;
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

    // The messaging form.
    private Long senderId;
    // The messaging strategy being edited, or null while the form creates a new one.
    private Long editingId;
    private String name;
    private boolean welcomeEnabled;
    private String welcomeText;
    private boolean announcementEnabled;
    private String announcementText;
    private Integer announcementEvery = 5;
    private Integer announcementMaxCount;
    private boolean maxWaitEnabled;
    private String maxWaitText;
    private Integer maxWait = 30;

    // The voice form.
    private Long voiceSenderId;
    private String voiceName;
    private Integer maxWaitSeconds = 600;
    private Integer announcementEverySeconds = 60;
    private boolean holdMusicEnabled;
    private final PromptForm greeting = new PromptForm();
    private final PromptForm announcement = new PromptForm();
    private final PromptForm maxWaitMessage = new PromptForm();

    // The audio upload.
    private Long audioStrategyId;
    private String audioMessage = VoiceMessage.HOLD_MUSIC.name();

    @PostConstruct
    void load() {
        List<WaitingStrategy> messaging = messagingStrategies.list();
        List<VoiceWaitingStrategy> voice = voiceStrategies.list();
        messagingRows = messaging.stream().map(s -> new Row(s.getId(), s.getName(), s.getSender().getAddress(),
                summary(s.messages()))).toList();
        voiceRows = voice.stream().map(s -> new Row(s.getId(), s.getName(), s.getSender().getAddress(),
                summary(s))).toList();
        Set<Long> taken = messaging.stream().map(s -> s.getSender().getId()).collect(Collectors.toSet());
        voice.forEach(s -> taken.add(s.getSender().getId()));
        messagingSenders = new LinkedHashMap<>();
        voiceSenders = new LinkedHashMap<>();
        for (Sender sender : senders.list()) {
            if (taken.contains(sender.getId())) {
                continue;
            }
            String label = sender.getChannel() + " " + sender.getAddress();
            (sender.getChannel() == Channel.VOICE ? voiceSenders : messagingSenders).put(label, sender.getId());
        }
    }

    private static String summary(WaitingStrategy.Messages m) {
        StringBuilder text = new StringBuilder();
        if (m.welcomeEnabled()) {
            text.append("Welcome; ");
        }
        if (m.announcementEnabled()) {
            text.append("announcement every ").append(m.announcementEvery()).append(" min")
                    .append(m.announcementMaxCount() == null ? "" : ", at most " + m.announcementMaxCount())
                    .append("; ");
        }
        if (m.maxWaitEnabled()) {
            text.append("closes after ").append(m.maxWait()).append(" min");
        }
        return text.toString().replaceAll("; $", "");
    }

    private static String summary(VoiceWaitingStrategy s) {
        String prompts = s.getPrompts().entrySet().stream().filter(e -> e.getValue().isEnabled())
                .map(e -> e.getKey().name().toLowerCase().replace('_', ' ')
                        + (e.getValue().getSource() == AudioSource.FILE
                        ? (e.getValue().getAudioId() == null ? " (no file yet)" : " (file)") : " (speech)"))
                .collect(Collectors.joining(", "));
        return "Max wait " + s.getMaxWaitSeconds() + " s; " + prompts;
    }

    /** Creates a messaging strategy, or saves the one being edited. */
    public void createMessaging() {
        try {
            WaitingStrategy.Messages messages = new WaitingStrategy.Messages(welcomeEnabled, welcomeText,
                    announcementEnabled, announcementText, announcementEvery, announcementMaxCount, maxWaitEnabled,
                    maxWaitText, maxWait);
            String trimmed = name == null ? "" : name.trim();
            if (editingId != null) {
                WaitingStrategy saved = messagingStrategies.update(editingId, trimmed, messages);
                Messages.inform("Waiting strategy '" + saved.getName() + "' saved");
            } else {
                WaitingStrategy created = messagingStrategies.create(senderId == null ? -1 : senderId, trimmed,
                        messages);
                Messages.inform("Waiting strategy '" + created.getName() + "' created");
            }
            cancelEdit();
            load();
        } catch (DomainException e) {
            Messages.fail(e);
        }
    }

    /** Loads a messaging strategy into the form to change it (its sender stays). */
    public void editMessaging(Row row) {
        WaitingStrategy strategy = messagingStrategies.find(row.getId());
        WaitingStrategy.Messages m = strategy.messages();
        editingId = strategy.getId();
        senderId = strategy.getSender().getId();
        name = strategy.getName();
        welcomeEnabled = m.welcomeEnabled();
        welcomeText = m.welcomeText();
        announcementEnabled = m.announcementEnabled();
        announcementText = m.announcementText();
        announcementEvery = m.announcementEvery();
        announcementMaxCount = m.announcementMaxCount();
        maxWaitEnabled = m.maxWaitEnabled();
        maxWaitText = m.maxWaitText();
        maxWait = m.maxWait();
    }

    /** Empties the form for a new strategy. */
    public void cancelEdit() {
        editingId = null;
        senderId = null;
        name = null;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public void deleteMessaging(Row row) {
        try {
            messagingStrategies.delete(row.getId());
            Messages.inform("Waiting strategy '" + row.getName() + "' deleted");
        } catch (DomainException e) {
            Messages.fail(e);
        }
        load();
    }

    public void createVoice() {
        Map<VoiceMessage, VoicePrompt> prompts = new EnumMap<>(VoiceMessage.class);
        prompts.put(VoiceMessage.GREETING, greeting.toPrompt());
        prompts.put(VoiceMessage.HOLD_MUSIC, new VoicePrompt(holdMusicEnabled, AudioSource.FILE, null, null, null,
                null, null));
        prompts.put(VoiceMessage.ANNOUNCEMENT, announcement.toPrompt());
        prompts.put(VoiceMessage.MAX_WAIT, maxWaitMessage.toPrompt());
        try {
            VoiceWaitingStrategy created = voiceStrategies.create(voiceSenderId == null ? -1 : voiceSenderId,
                    new VoiceWaitingService.Settings(voiceName == null ? "" : voiceName.trim(),
                            maxWaitSeconds == null ? 0 : maxWaitSeconds, announcementEverySeconds, prompts));
            Messages.inform("Voice waiting strategy '" + created.getName() + "' created");
            voiceName = null;
            voiceSenderId = null;
            load();
        } catch (DomainException e) {
            Messages.fail(e);
        }
    }

    public void deleteVoice(Row row) {
        try {
            voiceStrategies.delete(row.getId());
            Messages.inform("Voice waiting strategy '" + row.getName() + "' deleted");
        } catch (DomainException e) {
            Messages.fail(e);
        }
        load();
    }

    public void upload(FileUploadEvent event) {
        if (audioStrategyId == null) {
            Messages.failText("Choose the voice strategy the file is for");
            return;
        }
        try {
            voiceStrategies.upload(audioStrategyId, VoiceMessage.valueOf(audioMessage),
                    event.getFile().getFileName(), event.getFile().getContent());
            Messages.inform("File '" + event.getFile().getFileName() + "' uploaded");
            load();
        } catch (DomainException e) {
            Messages.fail(e);
        }
    }

    public void deleteAudio() {
        if (audioStrategyId == null) {
            Messages.failText("Choose the voice strategy whose file to delete");
            return;
        }
        try {
            voiceStrategies.deleteAudio(audioStrategyId, VoiceMessage.valueOf(audioMessage));
            Messages.inform("File deleted");
            load();
        } catch (DomainException e) {
            Messages.fail(e);
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

    public Map<String, Long> getVoiceStrategies() {
        Map<String, Long> options = new LinkedHashMap<>();
        voiceRows.forEach(r -> options.put(r.getName(), r.getId()));
        return options;
    }

    public VoiceMessage[] getVoiceMessages() {
        return VoiceMessage.values();
    }

    public AudioSource[] getSources() {
        return AudioSource.values();
    }

    public Long getSenderId() {
        return senderId;
    }

    public void setSenderId(Long senderId) {
        this.senderId = senderId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isWelcomeEnabled() {
        return welcomeEnabled;
    }

    public void setWelcomeEnabled(boolean welcomeEnabled) {
        this.welcomeEnabled = welcomeEnabled;
    }

    public String getWelcomeText() {
        return welcomeText;
    }

    public void setWelcomeText(String welcomeText) {
        this.welcomeText = welcomeText;
    }

    public boolean isAnnouncementEnabled() {
        return announcementEnabled;
    }

    public void setAnnouncementEnabled(boolean announcementEnabled) {
        this.announcementEnabled = announcementEnabled;
    }

    public String getAnnouncementText() {
        return announcementText;
    }

    public void setAnnouncementText(String announcementText) {
        this.announcementText = announcementText;
    }

    public Integer getAnnouncementEvery() {
        return announcementEvery;
    }

    public void setAnnouncementEvery(Integer announcementEvery) {
        this.announcementEvery = announcementEvery;
    }

    public Integer getAnnouncementMaxCount() {
        return announcementMaxCount;
    }

    public void setAnnouncementMaxCount(Integer announcementMaxCount) {
        this.announcementMaxCount = announcementMaxCount;
    }

    public boolean isMaxWaitEnabled() {
        return maxWaitEnabled;
    }

    public void setMaxWaitEnabled(boolean maxWaitEnabled) {
        this.maxWaitEnabled = maxWaitEnabled;
    }

    public String getMaxWaitText() {
        return maxWaitText;
    }

    public void setMaxWaitText(String maxWaitText) {
        this.maxWaitText = maxWaitText;
    }

    public Integer getMaxWait() {
        return maxWait;
    }

    public void setMaxWait(Integer maxWait) {
        this.maxWait = maxWait;
    }

    public Long getVoiceSenderId() {
        return voiceSenderId;
    }

    public void setVoiceSenderId(Long voiceSenderId) {
        this.voiceSenderId = voiceSenderId;
    }

    public String getVoiceName() {
        return voiceName;
    }

    public void setVoiceName(String voiceName) {
        this.voiceName = voiceName;
    }

    public Integer getMaxWaitSeconds() {
        return maxWaitSeconds;
    }

    public void setMaxWaitSeconds(Integer maxWaitSeconds) {
        this.maxWaitSeconds = maxWaitSeconds;
    }

    public Integer getAnnouncementEverySeconds() {
        return announcementEverySeconds;
    }

    public void setAnnouncementEverySeconds(Integer announcementEverySeconds) {
        this.announcementEverySeconds = announcementEverySeconds;
    }

    public boolean isHoldMusicEnabled() {
        return holdMusicEnabled;
    }

    public void setHoldMusicEnabled(boolean holdMusicEnabled) {
        this.holdMusicEnabled = holdMusicEnabled;
    }

    public PromptForm getGreeting() {
        return greeting;
    }

    public PromptForm getAnnouncement() {
        return announcement;
    }

    public PromptForm getMaxWaitMessage() {
        return maxWaitMessage;
    }

    public Long getAudioStrategyId() {
        return audioStrategyId;
    }

    public void setAudioStrategyId(Long audioStrategyId) {
        this.audioStrategyId = audioStrategyId;
    }

    public String getAudioMessage() {
        return audioMessage;
    }

    public void setAudioMessage(String audioMessage) {
        this.audioMessage = audioMessage;
    }
}
