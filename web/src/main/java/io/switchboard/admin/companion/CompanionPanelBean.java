package io.switchboard.admin.companion;

import io.switchboard.admin.support.Reader;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.work.ConversationBean;
import io.switchboard.companion.CompanionService;
import io.switchboard.companion.logic.ExtractiveSummarizer;
import io.switchboard.lifecycle.ConversationReach;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The conversation view's Agent companion panel: the summary on demand, and up to three suggested replies the agent
 * inserts into the composer (in the page: nothing is sent until the agent sends it). Only for a conversation the
 * reader reaches (the conversation view loaded it).
 */
@Named
@ViewScoped
public class CompanionPanelBean implements Serializable {

    /** A suggested reply as the page shows it. */
    public record Suggestion(int number, String text) implements Serializable {
        // Jakarta EL 5 reads bean getters, not record accessors.
        public int getNumber() {
            return number;
        }

        public String getText() {
            return text;
        }
    }

    /** A titled list of the summary ("What the customer asked"). */
    public record Section(String title, List<String> lines) implements Serializable {
        public String getTitle() {
            return title;
        }

        public List<String> getLines() {
            return lines;
        }
    }

    @EJB
    transient CompanionService companion;

    @EJB
    transient ConversationReach reach;

    @Inject
    ConversationBean conversation;

    private List<Section> summary;
    private String summarySource;
    private List<Suggestion> suggestions;
    private String suggestionsSource;

    public boolean isSummaryEnabled() {
        return companion.summaryEnabled();
    }

    public boolean isSuggestedRepliesEnabled() {
        return companion.suggestedRepliesEnabled();
    }

    @ReportsRefusals
    public void summarize() {
        if (conversation.getDetail() == null) {
            return;
        }
        CompanionService.SummaryAnswer answer =
                companion.summary(conversation.getId(), reach.of(Reader.roles(), Reader.username(), null, false));
        summarySource = answer.source() == CompanionService.Source.LANGUAGE_MODEL
                ? "Written by the language model"
                : "Sentences quoted from the conversations";
        List<Section> sections = new java.util.ArrayList<>();
        sections.add(new Section("Key points", answer.keyPoints()));
        sections.add(new Section("What the customer asked", answer.asked()));
        sections.add(new Section("What we promised", answer.promised()));
        sections.add(new Section("Open questions", answer.openQuestions()));
        for (ExtractiveSummarizer.Past past : answer.past()) {
            sections.add(new Section(
                    "Earlier conversation, started "
                            + past.startedAt().toString().substring(0, 10),
                    past.keyPoints()));
        }
        summary = sections.stream().filter(s -> !s.lines().isEmpty()).toList();
    }

    @ReportsRefusals
    public void suggest() {
        if (conversation.getDetail() == null) {
            return;
        }
        CompanionService.RepliesAnswer answer = companion.suggestedReplies(conversation.getId());
        suggestionsSource = answer.source() == CompanionService.Source.LANGUAGE_MODEL
                ? "Written by the language model"
                : "Replies agents sent to similar messages";
        List<Suggestion> found = new java.util.ArrayList<>();
        for (CompanionService.SuggestedReply reply : answer.replies()) {
            found.add(new Suggestion(found.size() + 1, reply.text()));
        }
        suggestions = found;
    }

    public List<Section> getSummary() {
        return summary;
    }

    public String getSummarySource() {
        return summarySource;
    }

    public List<Suggestion> getSuggestions() {
        return suggestions;
    }

    public String getSuggestionsSource() {
        return suggestionsSource;
    }
}
