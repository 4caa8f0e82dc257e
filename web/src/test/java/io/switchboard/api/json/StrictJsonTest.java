package io.switchboard.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.platform.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {

    enum Mode {
        ON,
        OFF
    }

    public static class Inner {
        public LocalDate birthDate;
    }

    public static class Sample {
        public String name;
        public Boolean enabled;
        public boolean flag;
        public Integer wrapUpSeconds;
        public Long queueId;
        public Double weight;
        public List<Long> queueIds;
        public Set<String> tags;
        public Map<String, Integer> capacities;
        public Mode mode;
        public Inner person;
    }

    public record Pair(String name, int count) {}

    private static Object read(String json, Type type) {
        return StrictJson.bind(StrictJson.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), type);
    }

    private static Sample sample(String json) {
        return (Sample) read(json, Sample.class);
    }

    @Test
    void readsAWellTypedBody() {
        Sample sample = sample("""
                {"name":"Sales","enabled":true,"flag":true,"wrapUpSeconds":100,"queueId":1e2,"weight":0.5,
                 "queueIds":[1,2],"tags":["a","b"],"capacities":{"EMAIL":3,"LIVE_CHAT":null},"mode":"ON",
                 "person":{"birthDate":"1990-02-03"}}
                """);
        assertThat(sample.name).isEqualTo("Sales");
        assertThat(sample.enabled).isTrue();
        assertThat(sample.flag).isTrue();
        assertThat(sample.wrapUpSeconds).isEqualTo(100);
        assertThat(sample.queueId).isEqualTo(100L);
        assertThat(sample.weight).isEqualTo(0.5);
        assertThat(sample.queueIds).containsExactly(1L, 2L);
        assertThat(sample.tags).containsExactly("a", "b");
        assertThat(sample.capacities).containsEntry("EMAIL", 3).containsEntry("LIVE_CHAT", null);
        assertThat(sample.mode).isEqualTo(Mode.ON);
        assertThat(sample.person.birthDate).isEqualTo(LocalDate.of(1990, 2, 3));
    }

    @Test
    void missingPropertiesStayUnset() {
        Sample sample = sample("{}");
        assertThat(sample.name).isNull();
        assertThat(sample.flag).isFalse();
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "null                               | body",
                "[]                                 | body",
                "'\"text\"'                         | body",
                "{\"enabled\":\"yes\"}              | enabled",
                "{\"enabled\":1}                    | enabled",
                "{\"enabled\":[true]}               | enabled",
                "{\"flag\":null}                    | flag",
                "{\"flag\":\"notabool\"}            | flag",
                "{\"queueId\":157.7}                | queueId",
                "{\"queueId\":\"157\"}              | queueId",
                "{\"queueId\":1e400}                | queueId",
                "{\"wrapUpSeconds\":4294967396}     | wrapUpSeconds",
                "{\"wrapUpSeconds\":-2147483649}    | wrapUpSeconds",
                "{\"queueId\":9223372036854775808}  | queueId",
                "{\"name\":42}                      | name",
                "{\"name\":true}                    | name",
                "{\"name\":{}}                      | name",
                "{\"name\":\"a\\u0000b\"}           | name",
                "{\"name\":\"a\\u0007b\"}           | name",
                "{\"nmae\":\"Sales\"}               | nmae",
                "{\"name\":\"a\",\"name\":\"b\"}    | name",
                "{\"queueIds\":[null]}              | queueIds[0]",
                "{\"queueIds\":[1,\"2\"]}           | queueIds[1]",
                "{\"queueIds\":1}                   | queueIds",
                "{\"tags\":[\"ok\",\"\\u0000\"]}    | tags[1]",
                "{\"capacities\":{\"EMAIL\":1.5}}   | capacities.EMAIL",
                "{\"capacities\":[]}                | capacities",
                "{\"mode\":\"SIDEWAYS\"}            | mode",
                "{\"mode\":0}                       | mode",
                "{\"weight\":\"0.5\"}               | weight",
                "{\"person\":{\"birthDate\":\"x\"}} | person.birthDate",
                "{\"person\":{\"age\":3}}           | person.age",
                "{\"person\":[]}                    | person",
                "{\"name\":                         | body",
                "{} {}                              | body",
                "''                                 | body",
            })
    void refusesWhatItCannotReadExactly(String json, String field) {
        assertThatThrownBy(() -> sample(json))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo(field));
    }

    @Test
    void refusesDeepNestingBeforeBinding() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> read("{\"a\":" + deep + "}", JsonObject.class))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("body"));
        String justDeepEnough = "[".repeat(StrictJson.MAX_DEPTH - 1) + "]".repeat(StrictJson.MAX_DEPTH - 1);
        assertThat(read("{\"a\":" + justDeepEnough + "}", JsonObject.class)).isInstanceOf(JsonObject.class);
    }

    @Test
    void aRefusedBodyIsReadToItsEndSoTheClientGetsTheAnswer() {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        ByteArrayInputStream body = new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> StrictJson.parse(body)).isInstanceOf(InvalidInputException.class);
        assertThat(body.available()).isZero();
    }

    @Test
    void jsonValuesAreCheckedForControlCharactersAndNull() {
        assertThatThrownBy(() -> read("{\"a\":{\"b\":[\"x\\u0000\"]}}", JsonValue.class))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("a.b[0]"));
        assertThatThrownBy(() -> read("null", JsonValue.class))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("body"));
    }

    @Test
    void textKeepsTabsAndLineBreaks() {
        assertThat(sample("{\"name\":\"a\\tb\\r\\nc\"}").name).isEqualTo("a\tb\r\nc");
    }

    @Test
    void readsRecords() {
        assertThat(read("{\"name\":\"x\",\"count\":2}", Pair.class)).isEqualTo(new Pair("x", 2));
        assertThat(read("{\"name\":\"x\"}", Pair.class)).isEqualTo(new Pair("x", 0));
        assertThatThrownBy(() -> read("{\"count\":2.5}", Pair.class))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("count"));
    }
}
