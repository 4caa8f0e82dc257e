package io.switchboard.admin.surveys;

import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.surveys.SurveyPage;
import io.switchboard.surveys.SurveyService;
import io.switchboard.surveys.SurveyService.TokenState;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The public survey page a survey link opens (no sign-in: the link's signed token is the credential). It shows the
 * questions, takes one answer, and thanks the customer; a used, expired or forged link says so.
 */
@Named
@ViewScoped
public class SurveyPageBean implements Serializable {

    @EJB
    transient SurveyService surveys;

    private String token;
    private TokenState state;
    private SurveyPage page;
    private String score;
    private String comment;
    private boolean thanked;

    /** Reads the token from the link (f:viewAction). */
    public void open() {
        SurveyService.Opened opened = surveys.open(token);
        state = opened.state();
        page = opened.page();
    }

    @ReportsRefusals
    public void answer() {
        if (score == null) {
            io.switchboard.admin.support.Messages.failAt("survey:score", "Choose an answer");
            return;
        }
        state = surveys.answer(token, score, comment);
        thanked = state == TokenState.OPEN;
    }

    public boolean isOpen() {
        return state == TokenState.OPEN && !thanked;
    }

    public boolean isAnswered() {
        return state == TokenState.ANSWERED;
    }

    public boolean isRefused() {
        return state == TokenState.REFUSED;
    }

    public boolean isThanked() {
        return thanked;
    }

    public SurveyPage getPage() {
        return page;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getScore() {
        return score;
    }

    public void setScore(String score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
