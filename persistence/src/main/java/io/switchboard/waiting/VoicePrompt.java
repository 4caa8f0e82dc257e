package io.switchboard.waiting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One message of a voice waiting strategy: text-to-speech settings, or the id of its uploaded audio. */
@Embeddable
public class VoicePrompt {

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AudioSource source;

    @Column(length = 2000)
    private String text;

    @Column(length = 35)
    private String language;

    @Column(length = 50)
    private String voice;

    @Column(name = "speech_rate", precision = 3, scale = 2)
    private BigDecimal speechRate;

    @Column(name = "audio_id")
    private Long audioId;

    protected VoicePrompt() {}

    public VoicePrompt(
            boolean enabled,
            AudioSource source,
            String text,
            String language,
            String voice,
            BigDecimal speechRate,
            Long audioId) {
        this.enabled = enabled;
        this.source = source;
        this.text = text;
        this.language = language;
        this.voice = voice;
        this.speechRate = speechRate;
        this.audioId = audioId;
    }

    public VoicePrompt withAudio(Long newAudioId) {
        return new VoicePrompt(enabled, source, text, language, voice, speechRate, newAudioId);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public AudioSource getSource() {
        return source;
    }

    public String getText() {
        return text;
    }

    public String getLanguage() {
        return language;
    }

    public String getVoice() {
        return voice;
    }

    public BigDecimal getSpeechRate() {
        return speechRate;
    }

    public Long getAudioId() {
        return audioId;
    }
}
