package org.assay.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic news-like articles for throughput measurements: quotes, reported speech,
 * figures, dates, people, places and organisations in varied order, about 450 tokens each.
 * Same seed, same corpus, so runs are comparable.
 */
public final class SyntheticNews {

	private static final String[] GIVEN = { "Amina", "Carlos", "Fatou", "Ivan", "Mei", "Kwame", "Sofia", "Omar",
			"Lena", "Tariq", "Grace", "Pierre", "Aisha", "Daniel", "Yuki", "Ibrahim", "Elena", "Samuel", "Nadia", "Joseph" };
	private static final String[] FAMILY = { "Okafor", "Mendes", "Diallo", "Petrov", "Chen", "Mensah", "Rossi",
			"Haddad", "Schmidt", "Qureshi", "Kamau", "Lefebvre", "Bello", "Novak", "Tanaka", "Traore", "Garcia",
			"Mwangi", "Karimi", "Nkosi" };
	private static final String[] TITLES = { "President", "Interior Minister", "General", "Governor", "Mayor",
			"Foreign Minister", "Colonel", "Senator" };
	private static final String[] ROLES = { "analyst", "economist", "researcher", "spokesman", "lawyer", "activist" };
	private static final String[] PLACES = { "Nairobi", "Lagos", "Lima", "Manila", "Kyiv", "Dhaka", "Accra", "Bogota",
			"Khartoum", "Jakarta", "Niamey", "Tunis", "Karachi", "Quito", "Harare", "Beirut" };
	private static final String[] COUNTRIES = { "Kenya", "Nigeria", "Peru", "the Philippines", "Ukraine",
			"Bangladesh", "Ghana", "Colombia", "Sudan", "Indonesia", "Niger", "Tunisia", "Pakistan", "Ecuador",
			"Zimbabwe", "Lebanon" };
	private static final String[] ORGS = { "the United Nations", "Amnesty International", "the World Bank",
			"the International Monetary Fund", "the African Union", "Human Rights Watch", "the Red Cross",
			"the National Electoral Commission", "the Ministry of Health", "the Central Bank" };
	private static final String[] MEDIA = { "AFP", "Reuters", "the BBC", "Al Jazeera", "the Associated Press" };
	private static final String[] MEASURES = { "people", "protesters", "soldiers", "homes", "families", "arrests",
			"schools", "villages", "cases", "workers" };
	private static final String[] MODIFIERS = { "", "at least ", "around ", "more than ", "nearly ", "up to ", "about " };
	private static final String[] DAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
			"Sunday" };
	private static final String[] MONTHS = { "January", "March", "May", "July", "September", "November" };
	private static final String[] EVENTS = { "the floods", "the protests", "the clashes", "the strike",
			"the election dispute", "the outbreak", "the drought", "the crackdown" };

	private final Random random;

	public SyntheticNews(long seed) {
		this.random = new Random(seed);
	}

	public List<String> articles(int count) {
		List<String> list = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			list.add(article());
		}
		return list;
	}

	public String article() {
		StringBuilder b = new StringBuilder(3000);
		int paragraphs = 7 + random.nextInt(4);
		for (int p = 0; p < paragraphs; p++) {
			int sentences = 1 + random.nextInt(3);
			for (int s = 0; s < sentences; s++) {
				b.append(sentence()).append(' ');
			}
			b.setLength(b.length() - 1);
			b.append("\n\n");
		}
		return b.toString();
	}

	private String sentence() {
		String person = pick(GIVEN) + " " + pick(FAMILY);
		String place = pick(PLACES);
		String country = pick(COUNTRIES);
		String figure = pick(MODIFIERS) + (5 + random.nextInt(2000)) + " " + pick(MEASURES);
		switch (random.nextInt(10)) {
		case 0:
			return "\u201C" + capitalise(pick(EVENTS)) + " left " + figure + " without help,\u201D " + pick(TITLES) + " "
					+ person + " told " + pick(MEDIA) + " on " + pick(DAYS) + ".";
		case 1:
			return "According to " + pick(ORGS) + ", " + figure + " were affected in " + place + " since " + pick(MONTHS)
					+ " " + (2015 + random.nextInt(10)) + ".";
		case 2:
			return capitalise(pick(ORGS)) + " said that " + figure + " had been registered in " + country
					+ " over the past " + (2 + random.nextInt(5)) + " days.";
		case 3:
			return "\"We will not stop until the government listens,\" a local " + pick(ROLES) + " in " + place
					+ " said, \"and we expect " + figure + " to join us.\"";
		case 4:
			return capitalise(pick(EVENTS)) + " reportedly forced " + figure + " to leave their homes near " + place + ".";
		case 5:
			return "For " + pick(ROLES) + " " + person + ", the response of " + pick(ORGS)
					+ " was \"too slow and too small\".";
		case 6:
			return "Police denied that " + figure + " had been detained in " + place + ", " + pick(MEDIA) + " reported.";
		case 7:
			return "The authorities in " + country + " announced new measures last week, while officials in " + place
					+ " could not confirm the figures.";
		case 8:
			return pick(TITLES) + " " + person + " visited " + place + " on " + pick(DAYS) + ". He said that aid for "
					+ figure + " would arrive within a week.";
		default:
			return "Dozens of " + pick(MEASURES) + " gathered outside the offices of " + pick(ORGS) + " in " + place
					+ ", demanding answers about " + pick(EVENTS) + ".";
		}
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String capitalise(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
