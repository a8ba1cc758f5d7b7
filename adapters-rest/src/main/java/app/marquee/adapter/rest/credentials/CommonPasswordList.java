package app.marquee.adapter.rest.credentials;

import app.marquee.application.identity.port.out.CommonPasswordsPort;
import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 30,000 most common leaked passwords, as shipped in zxcvbn4j's frequency lists (a
 * maintained Java port of Dropbox's zxcvbn). Loaded once into memory: about 1 MB.
 */
@Singleton
public class CommonPasswordList implements CommonPasswordsPort {
    static final String RESOURCE = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
    private final Set<String> passwords;

    public CommonPasswordList() {
        this.passwords = load();
    }

    @Override
    public boolean isCommon(String lowerCased) {
        return passwords.contains(lowerCased);
    }

    private static Set<String> load() {
        InputStream in = CommonPasswordList.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("zxcvbn's password list is missing from the class path");
        }
        Set<String> words = new HashSet<>(40_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
