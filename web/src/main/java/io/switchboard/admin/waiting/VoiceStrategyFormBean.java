package io.switchboard.admin.waiting;

import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.waiting.AudioSource;
import io.switchboard.waiting.VoiceMessage;
import io.switchboard.waiting.VoicePrompt;
import io.switchboard.waiting.VoiceWaitingService;
import io.switchboard.waiting.VoiceWaitingStrategy;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The waiting strategies screen's voice form: greeting, hold music, announcement and maximum wait message. */
@Named
@ViewScoped
public class VoiceStrategyFormBean implements Serializable {

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

        /** Takes a stored prompt's settings (absent: the form's defaults). */
        void load(VoicePrompt prompt) {
            enabled = prompt != null && prompt.isEnabled();
            source = prompt == null || prompt.getSource() == null
                    ? AudioSource.TEXT_TO_SPEECH.name()
                    : prompt.getSource().name();
            text = prompt == null ? null : prompt.getText();
            language = prompt == null || prompt.getLanguage() == null ? "en-US" : prompt.getLanguage();
            voice = prompt == null ? null : prompt.getVoice();
            speechRate = prompt == null || prompt.getSpeechRate() == null ? BigDecimal.ONE : prompt.getSpeechRate();
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
    transient VoiceWaitingService voiceStrategies;

    @Inject
    WaitingStrategiesBean lists;

    // The voice form.
    private Long voiceSenderId;
    private String voiceName;
    private Integer maxWaitSeconds = 600;
    private Integer announcementEverySeconds = 60;
    private boolean holdMusicEnabled;
    private final PromptForm greeting = new PromptForm();
    private final PromptForm announcement = new PromptForm();
    private final PromptForm maxWaitMessage = new PromptForm();

    // The voice strategy being edited, or null while the form creates a new one.
    private Long editingId;
    // The edited strategy's sender as the list shows it (its sender stays).
    private String editingSender;

    /** Loads a voice strategy into the form to change it; its sender and uploaded files stay. */
    @ReportsRefusals
    public void editVoice(WaitingStrategiesBean.Row row) {
        VoiceWaitingStrategy strategy = voiceStrategies.find(row.getId());
        editingId = strategy.getId();
        editingSender = Labels.sender(strategy.getSender());
        voiceSenderId = strategy.getSender().getId();
        voiceName = strategy.getName();
        maxWaitSeconds = strategy.getMaxWaitSeconds();
        announcementEverySeconds = strategy.getAnnouncementEverySeconds();
        Map<VoiceMessage, VoicePrompt> stored = strategy.getPrompts();
        greeting.load(stored.get(VoiceMessage.GREETING));
        announcement.load(stored.get(VoiceMessage.ANNOUNCEMENT));
        maxWaitMessage.load(stored.get(VoiceMessage.MAX_WAIT));
        VoicePrompt hold = stored.get(VoiceMessage.HOLD_MUSIC);
        holdMusicEnabled = hold != null && hold.isEnabled();
    }

    /** Empties the form for a new strategy, every field back to its default. */
    public void cancelVoiceEdit() {
        editingId = null;
        editingSender = null;
        voiceSenderId = null;
        voiceName = null;
        maxWaitSeconds = 600;
        announcementEverySeconds = 60;
        holdMusicEnabled = false;
        greeting.load(null);
        announcement.load(null);
        maxWaitMessage.load(null);
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getEditingSender() {
        return editingSender;
    }

    @ReportsRefusals
    public void createVoice() {
        Map<VoiceMessage, VoicePrompt> prompts = new EnumMap<>(VoiceMessage.class);
        prompts.put(VoiceMessage.GREETING, greeting.toPrompt());
        prompts.put(
                VoiceMessage.HOLD_MUSIC,
                new VoicePrompt(holdMusicEnabled, AudioSource.FILE, null, null, null, null, null));
        prompts.put(VoiceMessage.ANNOUNCEMENT, announcement.toPrompt());
        prompts.put(VoiceMessage.MAX_WAIT, maxWaitMessage.toPrompt());
        VoiceWaitingService.Settings settings = new VoiceWaitingService.Settings(
                voiceName == null ? "" : voiceName.trim(),
                maxWaitSeconds == null ? 0 : maxWaitSeconds,
                announcementEverySeconds,
                prompts);
        if (editingId != null) {
            VoiceWaitingStrategy saved = voiceStrategies.update(editingId, settings);
            Messages.inform("Voice waiting strategy " + UserText.quoted(saved.getName()) + " saved");
        } else {
            VoiceWaitingStrategy created = voiceStrategies.create(voiceSenderId == null ? -1 : voiceSenderId, settings);
            Messages.inform("Voice waiting strategy " + UserText.quoted(created.getName()) + " created");
        }
        cancelVoiceEdit();
        lists.load();
    }

    public AudioSource[] getSources() {
        return AudioSource.values();
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
}
