package uk.schoolgate.detect.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.config.ConfigException;

class LexiconLoaderTest {
    @Test
    void formatCommentsExclusionsAndAcronyms() {
        Lexicon l = LexiconLoader.parse("t.txt", "t", "# header\n\nasthma   # common\n!asthma policy\nSEN\nCP plan\n");
        assertThat(l.terms()).extracting(LexiconTerm::folded).containsExactly("asthma", "asthma policy", "sen", "cp plan");
        assertThat(l.terms()).extracting(LexiconTerm::exclusion).containsExactly(false, true, false, false);
        assertThat(l.terms()).extracting(LexiconTerm::caseSensitive).containsExactly(false, false, true, false);
        assertThat(l.terms()).extracting(LexiconTerm::line).containsExactly(3, 4, 5, 6);
        assertThat(l.termCount()).isEqualTo(3);
        assertThat(l.exclusionCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"health.txt", "sen.txt", "safeguarding.txt", "offensive.txt", "name-ordinary-words.txt",
        "name-place-words.txt"})
    void shippedCopyIsTheSameAsTheExampleConfig(String name) throws IOException {
        byte[] config = Files.readAllBytes(PeopleFixture.CONFIG.resolve("lexicons").resolve(name));
        try (InputStream in = LexiconLoader.class.getResourceAsStream("/lexicons/" + name)) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(config, StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"health.txt", "sen.txt", "safeguarding.txt", "offensive.txt"})
    void shippedLexiconsLoadAndBuild(String name) {
        Lexicon l = LexiconLoader.load(PeopleFixture.settings(""), "lexicon", "lexicons/" + name, PeopleFixture.CONFIG);
        assertThat(l.termCount()).isGreaterThan(100);
        assertThat(new PhraseAutomaton(l.terms(), "*").stateCount()).isGreaterThan(100);
        System.out.printf("lexicon %s: %d terms, %d exclusions%n", name, l.termCount(), l.exclusionCount());
    }

    @Test
    void defaultPathFallsBackToTheBuiltInCopy(@TempDir Path empty) {
        Lexicon l = LexiconLoader.load(PeopleFixture.settings(""), "lexicon", "lexicons/health.txt", empty);
        assertThat(l.source()).startsWith("built-in");
        assertThat(l.termCount()).isGreaterThan(100);
    }

    @Test
    void schoolCopyWins(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lexicons"));
        Files.writeString(dir.resolve("lexicons/health.txt"), "gout\n");
        Lexicon l = LexiconLoader.load(PeopleFixture.settings(""), "lexicon", "lexicons/health.txt", dir);
        assertThat(l.terms()).extracting(LexiconTerm::folded).containsExactly("gout");
    }

    @Test
    void explicitPathMustExist(@TempDir Path dir) {
        assertThatThrownBy(() -> LexiconLoader.load(PeopleFixture.settings("lexicon: mine.txt\n"), "lexicon",
                "lexicons/health.txt", dir)).isInstanceOf(ConfigException.class).hasMessageContaining("mine.txt");
    }

    @Test
    void notUtf8IsRefused(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> LexiconLoader.load(PeopleFixture.settings("lexicon: latin1.txt\n"), "lexicon",
                "lexicons/health.txt", dir)).isInstanceOf(ConfigException.class).hasMessageContaining("UTF-8");
    }
}
