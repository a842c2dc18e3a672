package org.assay.engines.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Deterministic hostile and odd texts for the engines: real articles mutated at random, random
 * Unicode (surrogate pairs, combining marks, right-to-left scripts, emoji, control characters),
 * numbers with dashes and slashes, sports tables, capitalised headlines, datelines, lists, very
 * long tokens and lines. Same seed, same texts.
 */
final class TortureTexts {

	private static final String[] NUMBERS = { "2-", "1-0", "90-", "3/4", "1,000-", "-5", "5-", "2-1", "10-12-2024",
			"5,000-strong", "seven-figure", "90-minute", "2.5-3", "1/2", "12/05/2024", "$-3", "€5-", "1.000,50", "3rd",
			"1-1-1", "0-0", "100%", "50-50", "24/7", "9-11", "-", "--", "–", "4–2", "1,", ",5", "1.", "..5", "1e5",
			"twenty-", "-seven", "one-", "hundred-", "million-", "dozens-", "1-million", "two-thirds", "3-to-1" };
	private static final String[] WORDS = { "said", "told", "according", "to", "the", "President", "Minister", "police",
			"reportedly", "denied", "\"", "\u201C", "\u201D", "'", "(", ")", ",", ".", ":", ";", "-", "At", "least",
			"around", "dozens", "of", "arrested", "Mali", "United", "Nations", "AFP", "Reuters", "in", "on", "Monday",
			"March", "May", "2024", "he", "she", "it", "they", "that", "For", "whose", "who", "al-", "Ould", "de",
			"Ministry", "Council", "Forces", "region", "town", "between", "and", "more", "than", "up", "per", "cent" };

	private final Random random;
	private final List<String> base;

	TortureTexts(long seed, Path... folders) {
		this.random = new Random(seed);
		this.base = new ArrayList<>();
		for (Path folder : folders) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
					base.add(Files.readString(p));
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** Text number {@code i} (any order of calls gives the same sequence from the same seed). */
	String next() {
		return switch (random.nextInt(10)) {
		case 0 -> randomUnicode(1 + random.nextInt(400));
		case 1 -> numberSoup();
		case 2 -> sportsTable();
		case 3 -> headlineDatelineAndList();
		case 4 -> wordSalad();
		case 5 -> longToken();
		default -> mutate(base.get(random.nextInt(base.size())));
		};
	}

	private String randomUnicode(int length) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int kind = random.nextInt(12);
			int cp = switch (kind) {
			case 0 -> 0x1F300 + random.nextInt(0x2FF); // emoji: surrogate pairs
			case 1 -> 0x0300 + random.nextInt(0x70); // combining marks
			case 2 -> 0x0590 + random.nextInt(0x70); // Hebrew (right to left)
			case 3 -> 0x0600 + random.nextInt(0xFF); // Arabic (right to left)
			case 4 -> 1 + random.nextInt(0x1F); // control characters, never NUL
			case 5 -> 0x4E00 + random.nextInt(0x500); // CJK
			case 6 -> "\u200B\u200D\u200E\u200F\uFEFF\u00A0\u2028\u2029".charAt(random.nextInt(8));
			case 7 -> random.nextBoolean() ? 0xD800 + random.nextInt(0x400) : 0xDC00 + random.nextInt(0x400); // lone surrogate
			case 8 -> '0' + random.nextInt(10);
			case 9 -> " \n\t-/.,\"'()".charAt(random.nextInt(11));
			default -> 'A' + random.nextInt(58);
			};
			b.appendCodePoint(cp);
		}
		return b.toString();
	}

	private String numberSoup() {
		StringBuilder b = new StringBuilder();
		int n = 5 + random.nextInt(60);
		for (int i = 0; i < n; i++) {
			b.append(random.nextInt(3) == 0 ? NUMBERS[random.nextInt(NUMBERS.length)] : WORDS[random.nextInt(WORDS.length)]);
			b.append(random.nextInt(8) == 0 ? "" : random.nextInt(15) == 0 ? "\n" : " ");
		}
		return b.toString();
	}

	private String sportsTable() {
		StringBuilder b = new StringBuilder("RESULTS\n\nTeam           P  W  D  L  GD  Pts\n");
		String[] teams = { "Leeds United", "FC Porto", "Al Ahly", "Kaizer Chiefs", "Boca Juniors", "1. FC Koln", "AS Roma" };
		for (int i = 0; i < 3 + random.nextInt(10); i++) {
			String t = teams[random.nextInt(teams.length)];
			if (random.nextBoolean()) {
				b.append(t).append(' ').append(random.nextInt(5)).append('-').append(random.nextInt(5)).append(' ')
						.append(teams[random.nextInt(teams.length)]).append('\n');
			} else {
				b.append(String.format(Locale.ROOT, "%-14s %2d %2d %2d %2d %+3d %3d%n", t, random.nextInt(40),
						random.nextInt(30), random.nextInt(10), random.nextInt(10), random.nextInt(60) - 30, random.nextInt(90)));
			}
		}
		return b.toString();
	}

	private String headlineDatelineAndList() {
		String[] heads = { "PRESIDENT VOWS TO FIGHT ON AS PROTESTS SPREAD", "Floods Kill 12 In Northern Province",
				"U.N. SAYS 3,000-STRONG FORCE READY", "EXCLUSIVE: ARMY DENIES REPORTS", "WHO: 1-in-5 Cases Missed" };
		StringBuilder b = new StringBuilder(heads[random.nextInt(heads.length)]).append("\n\n");
		b.append(random.nextBoolean() ? "NAIROBI, Kenya (AP) \u2014 " : "LIMA, Dec 3 (Reuters) - ");
		b.append("Officials said on Monday that at least 12 people had died.\n");
		String[] bullets = { "- ", "* ", "\u2022 ", "1. ", "(a) ", "" };
		for (int i = 0; i < 1 + random.nextInt(6); i++) {
			b.append(bullets[random.nextInt(bullets.length)]).append(numberSoup().replace('\n', ' ')).append('\n');
		}
		return b.toString();
	}

	private String wordSalad() {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < 20 + random.nextInt(300); i++) {
			String w = WORDS[random.nextInt(WORDS.length)];
			b.append(random.nextInt(10) == 0 ? w.toUpperCase(Locale.ROOT) : w).append(' ');
		}
		return b.toString();
	}

	private String longToken() {
		StringBuilder b = new StringBuilder("Word ");
		int length = 500 + random.nextInt(20_000);
		String alphabet = random.nextBoolean() ? "abcdefghijklmnopqrstuvwxyz" : "0123456789-/,.";
		for (int i = 0; i < length; i++) {
			b.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return b.append(random.nextBoolean() ? " said the police." : "").toString();
	}

	private String mutate(String text) {
		StringBuilder b = new StringBuilder(text);
		int edits = 1 + random.nextInt(30);
		for (int e = 0; e < edits && b.length() > 0; e++) {
			int at = random.nextInt(b.length());
			switch (random.nextInt(8)) {
			case 0 -> b.insert(at, NUMBERS[random.nextInt(NUMBERS.length)]);
			case 1 -> b.deleteCharAt(at);
			case 2 -> b.insert(at, randomUnicode(1 + random.nextInt(5)));
			case 3 -> b.insert(at, "\n");
			case 4 -> b.setLength(at); // truncated, possibly inside a word or a surrogate pair
			case 5 -> b.replace(at, Math.min(b.length(), at + 40), b.substring(at, Math.min(b.length(), at + 40)).toUpperCase(Locale.ROOT));
			case 6 -> b.insert(at, "\"");
			default -> b.insert(at, WORDS[random.nextInt(WORDS.length)] + " ");
			}
		}
		return b.toString();
	}
}
