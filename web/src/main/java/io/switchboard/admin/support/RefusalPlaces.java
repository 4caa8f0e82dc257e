package io.switchboard.admin.support;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds the input a refusal concerns, so the page shows the sentence beside it: an input declares the field path of the
 * engine's refusals it shows with {@code <f:attribute name="refusalField" value="capacities.LIVE_CHAT"/>}; without it,
 * its id is the field ("name" shows refusals of "name", "sender" those of "senderId"). Only inputs of the form whose
 * button was pressed count, so a page with a "new" form and an editor dialog puts it in the right one.
 */
public final class RefusalPlaces {

    /** The attribute an input declares the refused field it shows with. */
    public static final String FIELD_ATTRIBUTE = "refusalField";

    /** The attribute an input declares the name a refusal calls it by with, when its visible label is too short. */
    public static final String LABEL_ATTRIBUTE = "refusalLabel";

    /** An input that shows a refusal: where it is and the label it is shown by (null when it has none). */
    public record Place(String clientId, String label) {}

    private RefusalPlaces() {}

    /** The input of the submitting form that shows refusals of this field, or null (then the top of the page). */
    public static Place find(FacesContext context, String field) {
        if (field == null || field.isBlank() || context == null || context.getViewRoot() == null) {
            return null;
        }
        String source = context.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
        List<Candidate> candidates = new ArrayList<>();
        String[] sourceForm = {null};
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        context.getViewRoot().visitTree(visit, (visitContext, component) -> {
            if (source != null && source.equals(component.getClientId(context))) {
                sourceForm[0] = formOf(component, context);
            }
            if (component instanceof EditableValueHolder) {
                Object declared = component.getAttributes().get(FIELD_ATTRIBUTE);
                String shows = declared != null ? declared.toString() : component.getId();
                // The label the refusal names the input by: a declared one, else the input's (PrimeFaces copies
                // the visible p:outputLabel's text into it).
                Object label = component.getAttributes().get(LABEL_ATTRIBUTE);
                if (label == null) {
                    label = component.getAttributes().get("label");
                }
                candidates.add(new Candidate(
                        component.getClientId(context),
                        formOf(component, context),
                        shows,
                        declared != null,
                        label == null ? null : label.toString()));
            }
            return VisitResult.ACCEPT;
        });
        Candidate best = null;
        int bestScore = 0;
        for (Candidate candidate : candidates) {
            if (sourceForm[0] != null && !sourceForm[0].equals(candidate.form())) {
                continue;
            }
            int score = FieldMatch.score(candidate.shows(), field, candidate.declared());
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best == null ? null : new Place(best.clientId(), best.label());
    }

    private static String formOf(UIComponent component, FacesContext context) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (c instanceof UIForm) {
                return c.getClientId(context);
            }
        }
        return null;
    }

    private record Candidate(String clientId, String form, String shows, boolean declared, String label) {}
}
