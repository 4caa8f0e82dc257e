package io.switchboard.admin.support;

import io.switchboard.platform.PlainText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Every text field of the admin (a default validator, faces-config.xml) refuses what {@link PlainText} refuses, beside
 * the field, as the API does.
 */
@FacesValidator(PlainTextValidator.ID)
public class PlainTextValidator implements Validator<Object> {

    public static final String ID = "switchboard.plainText";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text) {
            PlainText.problem(text).ifPresent(reason -> {
                throw new ValidatorException(
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, "This text " + reason, "This text " + reason));
            });
        }
    }
}
