package io.switchboard.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Arquillian deployments of the real engine: the built EAR's EJB module and libraries, plus a WAR holding the test
 * classes. It runs beside the EAR the build deployed (a second instance of the engine on the same database, as in a
 * scale-out), without the web module so that the two never share a context root. Public for the benchmarks
 * ({@code io.switchboard.bench}).
 */
public final class EngineDeployment {

    private EngineDeployment() {}

    public static EnterpriseArchive with(Class<?>... testClasses) {
        return build(true, testClasses);
    }

    /** The same, for tests that run outside the server and call what the test WAR deploys (no test runner). */
    public static EnterpriseArchive withProbes(Class<?>... probeClasses) {
        return build(false, probeClasses);
    }

    private static EnterpriseArchive build(boolean testable, Class<?>... testClasses) {
        EnterpriseArchive built =
                ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("switchboard.ear")));
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "switchboard-arquillian.ear")
                .merge(built);
        ear.delete("/switchboard.war");
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "switchboard-tests.war")
                .addClasses(testClasses)
                .addClass(EngineDeployment.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                // In-container tests that call the deployed EAR over HTTP need its address.
                .addAsResource(
                        new StringAsset("switchboard.url=" + TestServer.APP + "\n"), "switchboard-it.properties");
        ear.addAsModule(testable ? Testable.archiveToTest(tests) : tests);
        ear.setApplicationXML(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                    <display-name>switchboard-arquillian</display-name>
                    <module><ejb>switchboard-ejb.jar</ejb></module>
                    <module><web><web-uri>switchboard-tests.war</web-uri><context-root>/switchboard-tests</context-root></web></module>
                    <library-directory>lib</library-directory>
                </application>
                """));
        return ear;
    }
}
