package org.assay.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article in a news page saved as HTML: its title and body text, paragraphs kept as lines,
 * without what surrounds it on the page (navigation, ads, related links, share buttons, comments,
 * scripts). The body is the page's marked article ({@code <article>}, {@code itemprop=articleBody})
 * when there is one, else the element whose own paragraphs hold the most prose; within it, link
 * lists and short boilerplate blocks are left out. A page with no such body (an index page, a
 * gallery, an error page) has {@linkplain #extract no article}, so it is reported instead of
 * being annotated as noise.
 */
public final class HtmlArticles {

	/** An extracted article: its title (may be empty) and its text (title, blank line, paragraphs). */
	public record Article(String title, String text) {
	}

	/** What elements around an article are called on news sites (by class or id). */
	private static final Pattern BOILERPLATE = Pattern.compile(
			"(^|[-_ ])(nav|navbar|navigation|menu|breadcrumbs?|footer|header|masthead|sidebar|aside|related|recommended|more-stories|trending"
					+ "|popular|share|sharing|social|comments?|newsletter|subscribe|signup|promo|advert|advertisement|ads?|ad-slot|sponsored"
					+ "|cookie|consent|banner|tags|tag-list|author-bio|byline-social|outbrain|taboola|paywall|modal|skip)($|[-_ ])",
			Pattern.CASE_INSENSITIVE);
	private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, form, button, select, input, nav, footer, "
			+ "aside, figure figcaption, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";

	/** At least this much prose, or the page has no article. */
	static final int MIN_CHARS = 250;

	private HtmlArticles() {
	}

	/**
	 * The article in {@code html} (bytes as saved; the charset comes from the page's BOM or
	 * {@code <meta charset>}, else UTF-8), or empty when the page holds none.
	 */
	public static Optional<Article> extract(byte[] html) {
		Document doc;
		try {
			doc = Jsoup.parse(new ByteArrayInputStream(html), null, "");
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
		return extract(doc);
	}

	/** As {@link #extract(byte[])} for a page already decoded. */
	public static Optional<Article> extract(String html) {
		return extract(Jsoup.parse(html));
	}

	private static Optional<Article> extract(Document doc) {
		String title = title(doc);
		doc.select(NEVER_TEXT).remove();
		for (Element e : new ArrayList<>(doc.getAllElements())) {
			if (e != doc.body() && e.parent() != null && isBoilerplate(e)) {
				e.remove();
			}
		}
		Element body = body(doc);
		if (body == null) {
			return Optional.empty();
		}
		List<String> paragraphs = paragraphs(body, title);
		int prose = paragraphs.stream().mapToInt(String::length).sum();
		if (prose < MIN_CHARS) {
			return Optional.empty();
		}
		StringBuilder text = new StringBuilder();
		if (!title.isEmpty()) {
			text.append(title).append("\n\n");
		}
		text.append(String.join("\n\n", paragraphs)).append('\n');
		return Optional.of(new Article(title, text.toString()));
	}

	/** Elements that end a line of text. */
	private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2", "h3",
			"h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "hr", "br", "address",
			"figure", "details", "summary");

	/** Lines that are page furniture even inside an article. */
	private static final Pattern FURNITURE = Pattern.compile(
			"(?i)(advertisement|advert|sponsored|read more\\W*|share( this)?( article| story| on \\w+)?|sign up.*|subscribe.*|follow us.*"
					+ "|related( stories| articles| content)?:?|most read|skip to (main )?content|click here.*|continue reading\\W*)");

	/**
	 * The body's text in reading order, a line per block (paragraph, heading, list item, table
	 * row, line break), leaving out lines that are mostly links or page furniture and the title.
	 */
	private static List<String> paragraphs(Element body, String title) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int[] linked = { 0 };
		Runnable flush = () -> {
			String text = clean(line.toString());
			boolean links = linked[0] > 0 && linked[0] >= 0.5 * text.length();
			if (!text.isEmpty() && !links && !text.equals(title) && !(text.length() < 60 && FURNITURE.matcher(text).matches())) {
				paragraphs.add(text);
			}
			line.setLength(0);
			linked[0] = 0;
		};
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode t) {
					String s = t.getWholeText();
					line.append(s);
					for (Node p = t.parent(); p != null && p != body; p = p.parent()) {
						if (p instanceof Element e && e.normalName().equals("a")) {
							linked[0] += clean(s).length();
							break;
						}
					}
				} else if (node instanceof Element e && BLOCK.contains(e.normalName())) {
					flush.run();
				} else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) {
					line.append(' '); // a table row is one line, its cells apart
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element e && BLOCK.contains(e.normalName())) {
					flush.run();
				}
			}
		}, body);
		flush.run();
		return paragraphs;
	}

	private static boolean isBoilerplate(Element e) {
		if (e.is("article, main, [itemprop=articleBody]")) {
			return false;
		}
		String names = e.className() + " " + e.id();
		return !names.isBlank() && BOILERPLATE.matcher(names).find() && !e.is("body, html");
	}

	/** The headline: the article's h1, else og:title, else the page title without its site name. */
	private static String title(Document doc) {
		Element h1 = doc.selectFirst("article h1, [itemprop=headline], main h1, h1");
		if (h1 != null && !clean(h1.text()).isEmpty()) {
			return clean(h1.text());
		}
		Element og = doc.selectFirst("meta[property=og:title]");
		if (og != null && !og.attr("content").isBlank()) {
			return clean(og.attr("content"));
		}
		String t = clean(doc.title());
		return t.replaceFirst("\\s+[|\u2013\u2014-]\\s+[^|\u2013\u2014-]{2,40}$", "");
	}

	/** The element holding the article's paragraphs. */
	private static Element body(Document doc) {
		Element marked = doc.selectFirst("[itemprop=articleBody]");
		if (marked == null) {
			Elements articles = doc.select("article");
			marked = articles.stream().max(Comparator.comparingInt(HtmlArticles::prose)).orElse(null);
		}
		if (marked != null && prose(marked) >= MIN_CHARS) {
			return marked;
		}
		// the element whose paragraphs hold the most prose, counting a paragraph for its parent
		// fully and for its grandparent by half
		Map<Element, Double> score = new IdentityHashMap<>();
		for (Element p : doc.select("p, blockquote")) {
			String text = clean(p.text());
			if (text.length() < 40 || isLinkList(p, text)) {
				continue;
			}
			double weight = text.length() + 10.0 * countCommas(text);
			Element parent = p.parent();
			if (parent != null) {
				score.merge(parent, weight, Double::sum);
				if (parent.parent() != null) {
					score.merge(parent.parent(), weight / 2, Double::sum);
				}
			}
		}
		return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(doc.body());
	}

	/** How much of an element's text is not link text. */
	private static int prose(Element e) {
		int linked = 0;
		for (Element a : e.select("a")) {
			linked += clean(a.text()).length();
		}
		return clean(e.text()).length() - linked;
	}

	private static int countCommas(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == ',') {
				n++;
			}
		}
		return n;
	}

	/** Whether a block is mostly link text (a list of related stories, a tag cloud). */
	private static boolean isLinkList(Element block, String text) {
		int linked = 0;
		for (Element a : block.select("a")) {
			linked += clean(a.text()).length();
		}
		return linked > 0 && linked >= 0.5 * text.length();
	}

	/** Text with runs of white space (including no-break spaces) as one space, trimmed. */
	static String clean(String s) {
		return ILLEGAL.matcher(s.replace('\u00a0', ' ')).replaceAll("").replaceAll("[\\s\\u200b]+", " ").trim();
	}

	/** Characters a text of the corpus may not hold (XML forbids them): controls, non-characters, lone surrogates. */
	private static final Pattern ILLEGAL = Pattern.compile(
			"[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

	/** Whether {@code name} is a page Assay extracts articles from. */
	public static boolean isHtml(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		return n.endsWith(".html") || n.endsWith(".htm");
	}
}
