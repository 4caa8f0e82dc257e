package io.switchboard;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanged;
import io.switchboard.conversations.ConversationChanges;
import io.switchboard.conversations.Message;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's architecture as rules over its own compiled classes (the persistence entities share package names but
 * are the model layer below, so they are not imported): the package graph has no cycle, the conversation lifecycle
 * sits on top, and a conversation changes in one place only, which announces every change.
 */
class ArchitectureTest {

    /** Conversation's methods that change it; reading methods and the factory are free to call. */
    private static final String CONVERSATION_MUTATORS =
            "changeStatus|moveTo|assignTo|changePriority|tag|untag|replaceMetadata|touch|mergeInto|messageStoredHere";

    private static JavaClasses engine;

    @BeforeAll
    static void importEngineClasses() throws URISyntaxException {
        Path classes = Path.of(ConversationChanges.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        engine = new ClassFileImporter().importPath(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.switchboard.(*)..").should().beFreeOfCycles().check(engine);
    }

    @Test
    void nothingBuildsOnTheConversationLifecycle() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.switchboard.lifecycle..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.switchboard.lifecycle..")
                .because("the lifecycle orchestrates the areas below it")
                .check(engine);
    }

    @Test
    void onlyConversationChangesChangesAConversation() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(ConversationChanges.class)
                .should()
                .callMethodWhere(target(owner(equivalentTo(Conversation.class)))
                        .and(target(nameMatching(CONVERSATION_MUTATORS))))
                .because("every change of a conversation must be announced (SLA learns of it only so)")
                .check(engine);
    }

    @Test
    void onlyConversationChangesWritesAMessage() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(ConversationChanges.class)
                .should()
                .callConstructorWhere(target(owner(equivalentTo(Message.class))))
                .because("a message in or out changes its conversation")
                .check(engine);
    }

    @Test
    void onlyConversationChangesAnnouncesAChange() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(ConversationChanges.class)
                .should()
                .callConstructorWhere(target(owner(equivalentTo(ConversationChanged.class))))
                .check(engine);
    }
}
