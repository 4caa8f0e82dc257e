package io.switchboard.admin.users;

import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.UserText;
import io.switchboard.agents.UserAccounts;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.DomainException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.Page;
import io.switchboard.users.Role;
import io.switchboard.users.UserService;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The users screen (supervisors): users searched and sorted, a new user, the chosen user's name and roles, their
 * status and password. A refusal that names a field is shown beside that field.
 */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    /** A role as the screen offers it: its label, and its name as the value. */
    public record RoleChoice(String label, String value) implements Serializable {
        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }
    }

    private static final List<RoleChoice> ROLE_CHOICES = Arrays.stream(Role.values())
            .filter(Role::isForPeople)
            .map(r -> new RoleChoice(Labels.role(r), r.name()))
            .toList();

    // The service's field names, as the input ids of this page's forms.
    private static final Map<String, String> CREATE_FIELDS = Map.of(
            "username", "create:username",
            "name", "create:name",
            "password", "create:password",
            "roles", "create:roles");
    private static final Map<String, String> EDIT_FIELDS = Map.of("name", "edit:name", "roles", "edit:roles");

    @EJB
    transient UserAccounts accounts;

    private String query;
    private final UserPages users = new UserPages(this::page);
    private UserSummary selected;

    private String newUsername;
    private String newName;
    private String newPassword;
    private List<String> newRoles = new ArrayList<>();

    private String name;
    private List<String> roles = new ArrayList<>();
    private String password;

    private Page<UserSummary> page(UserService.Order order, boolean descending, int page, int size) {
        Page<UserAccounts.Account> found = accounts.search(query, order, descending, page, size);
        return new Page<>(found.items().stream().map(UserSummary::new).toList(), page, size, found.total());
    }

    /** Shows the users whose username or name contains the search text. */
    public void search() {
        setSelected(null);
    }

    public void create() {
        try {
            var account = accounts.create(
                    trim(newUsername), chars(newPassword), trim(newName), roleSet(newRoles), null, null, List.of());
            Messages.inform("User " + UserText.quoted(account.user().getUsername()) + " created");
            newUsername = null;
            newName = null;
            newPassword = null;
            newRoles = new ArrayList<>();
            setSelected(new UserSummary(account));
        } catch (DomainException e) {
            refused(e, CREATE_FIELDS, "create:username");
        }
    }

    public void save() {
        try {
            var account = accounts.change(selected.getId(), trim(name), roleSet(roles), selected.isEnabled());
            Messages.inform("User " + UserText.quoted(selected.getUsername()) + " saved");
            setSelected(new UserSummary(account));
        } catch (DomainException e) {
            refused(e, EDIT_FIELDS, null);
        }
    }

    /** Enables or disables the chosen user (the page asks before disabling). */
    public void toggleEnabled() {
        boolean enable = !selected.isEnabled();
        try {
            var current = accounts.find(selected.getId()).user();
            var account = accounts.change(selected.getId(), current.getDisplayName(), current.getRoles(), enable);
            Messages.inform(
                    "User " + UserText.quoted(selected.getUsername()) + " " + (enable ? "enabled" : "disabled"));
            setSelected(new UserSummary(account));
        } catch (DomainException e) {
            refused(e, EDIT_FIELDS, null);
        }
    }

    public void changePassword() {
        try {
            accounts.changePassword(selected.getId(), chars(password));
            Messages.inform("Password of " + UserText.quoted(selected.getUsername()) + " set");
        } catch (DomainException e) {
            refused(e, Map.of("password", "password:newPassword"), null);
        } finally {
            password = null;
        }
    }

    /** A refusal beside the field it names; a conflict beside {@code conflictField} if given, else on the page. */
    private static void refused(DomainException e, Map<String, String> fields, String conflictField) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = null;
        String text = e.getMessage();
        if (e instanceof InvalidInputException invalid) {
            clientId = fields.get(invalid.getField());
            text = invalid.getReason();
        } else if (e instanceof ConflictException) {
            clientId = conflictField;
        }
        if (clientId == null) {
            Messages.fail(e);
            return;
        }
        String sentence = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence, sentence));
        faces.validationFailed();
    }

    private static Set<Role> roleSet(List<String> names) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        names.forEach(n -> set.add(Role.valueOf(n)));
        if (!Role.isValidCombination(set)) {
            throw new InvalidInputException(
                    "roles", "choose at least one role; a user cannot be both Agent and Manager");
        }
        return set;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static char[] chars(String value) {
        if (value == null || value.length() < 12 || value.length() > 200) {
            throw new InvalidInputException("password", "must have 12 to 200 characters");
        }
        return value.toCharArray();
    }

    public List<RoleChoice> getRoleChoices() {
        return ROLE_CHOICES;
    }

    public UserPages getUsers() {
        return users;
    }

    public UserSummary getSelected() {
        return selected;
    }

    /** Selects a user and fills the editor with their details. */
    public void setSelected(UserSummary selected) {
        this.selected = selected;
        if (selected != null) {
            name = selected.getName();
            roles = new ArrayList<>(selected.getRoles());
            password = null;
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
