package org.assay.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Article extraction on pages written here in the layouts news sites use (no downloads). */
class HtmlArticlesTest {

	private static final String PARAGRAPH_1 = "NAIROBI, Kenya (AP) \u2014 Floods have displaced more than 40,000 people in eastern Kenya after"
			+ " the Tana River burst its banks on Tuesday, the Kenya Red Cross said.";
	private static final String PARAGRAPH_2 = "Rescue teams used boats to reach villages cut off near Garissa, where at least 12 people died,"
			+ " according to county officials who asked for more helicopters.";
	private static final String PARAGRAPH_3 = "\u201cThe water came at night and took everything,\u201d said Amina Hassan, a farmer.";

	/** A page with semantic markup: header navigation, an article, related links, ads, a footer. */
	static final String SEMANTIC = """
			<!DOCTYPE html><html><head><title>Floods displace 40,000 in Kenya | World News Daily</title>
			<script>var tracking = "Floods everywhere, subscribe now";</script><style>p { color: red }</style></head>
			<body><header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/biz">Business</a></nav></header>
			<div class="ad-slot">Advertisement</div>
			<main><article>
			<h1>Floods displace 40,000 in Kenya</h1>
			<p class="byline">By Jane Otieno</p>
			<div class="share-tools"><button>Share on Facebook</button> <a href="#">Tweet this story</a></div>
			<p>%s</p>
			<figure><img src="x.jpg"><figcaption>Residents wade through water. (Photo: AP)</figcaption></figure>
			<p>%s</p>
			<p>Advertisement</p>
			<p>%s</p>
			<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Drought hits Somalia as rains fail again this season</a></li>
			<li><a href="/b">Ethiopia dam talks stall over water sharing with Egypt</a></li></ul></aside>
			</article></main>
			<footer><p>Copyright 2026 World News Daily. All rights reserved. Terms of use and privacy policy apply to this site.</p></footer>
			</body></html>
			""".formatted(PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3);

	@Test
	void thatASemanticPageGivesItsHeadlineAndParagraphsWithoutTheFurniture() {
		HtmlArticles.Article a = HtmlArticles.extract(SEMANTIC).orElseThrow();
		assertThat(a.title()).isEqualTo("Floods displace 40,000 in Kenya");
		assertThat(a.text()).isEqualTo("Floods displace 40,000 in Kenya\n\nBy Jane Otieno\n\n" + PARAGRAPH_1 + "\n\n" + PARAGRAPH_2 + "\n\n"
				+ PARAGRAPH_3 + "\n");
		assertThat(a.text()).doesNotContain("Home", "Advertisement", "Related", "Drought", "Copyright", "tracking", "Share", "Photo");
	}

	@Test
	void thatADivLayoutWithoutArticleMarkupIsFoundByItsProseAndCommentsAreLeftOut() {
		String page = """
				<html><head><title>Tana River floods: thousands flee - The Coast Herald</title></head><body>
				<div id="top-menu"><ul><li><a href="/">News</a></li><li><a href="/s">Sport</a></li></ul></div>
				<div id="wrapper"><div class="col-main"><div class="story-text">
				<p>%s</p><p>%s <a href="/rc">Red Cross</a> appeal.</p><p>%s</p>
				</div></div>
				<div class="sidebar"><h4>Most read</h4><p><a href="/1">Governor sacks county health officials over missing funds in audit</a></p>
				<p><a href="/2">Matatu crash on Mombasa road kills nine, police say, in latest accident</a></p></div>
				<div id="comments"><p>Reader123: This government has failed us again and again, the floods come every year and nothing is done.</p></div>
				</div></body></html>
				""".formatted(PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3);
		HtmlArticles.Article a = HtmlArticles.extract(page).orElseThrow();
		assertThat(a.title()).isEqualTo("Tana River floods: thousands flee");
		assertThat(a.text()).contains(PARAGRAPH_1, PARAGRAPH_2 + " Red Cross appeal.", PARAGRAPH_3);
		assertThat(a.text()).doesNotContain("Sport", "Most read", "Governor", "Reader123", "Coast Herald");
	}

	@Test
	void thatTheDeclaredCharsetIsUsedAndLineBreaksAndTablesKeepTheirLines() {
		String page = """
				<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
				<meta property="og:title" content="Caf\u00e9 owners protest new tax"></head><body>
				<div itemprop="articleBody">PARIS \u2014 Caf\u00e9 owners marched through the capital on Saturday, protesting a tax they say will close 3,000 businesses.<br>
				The finance ministry said the levy would raise \u20ac400 million a year and hit only the largest chains, not family-run caf\u00e9s.<br><br>
				Results of the vote on the measure in the Assembly:
				<table><tr><th>Party</th><th>For</th><th>Against</th></tr><tr><td>Renaissance</td><td>170</td><td>4</td></tr></table>
				</div></body></html>
				""";
		byte[] bytes = page.getBytes(Charset.forName("windows-1252"));
		HtmlArticles.Article a = HtmlArticles.extract(bytes).orElseThrow();
		assertThat(a.title()).isEqualTo("Caf\u00e9 owners protest new tax");
		assertThat(a.text()).contains("PARIS \u2014 Caf\u00e9 owners marched", "\u20ac400 million", "\n\nParty For Against\n\nRenaissance 170 4\n");
		assertThat(a.text().split("\n\n")).hasSize(6);
		// the same page as UTF-8 without a declaration gives the same text
		assertThat(HtmlArticles.extract(page.replace("charset=windows-1252", "charset=utf-8").getBytes(StandardCharsets.UTF_8)).orElseThrow()
				.text()).isEqualTo(a.text());
	}

	@Test
	void thatAnIndexPageOrAnErrorPageHasNoArticle() {
		StringBuilder index = new StringBuilder("<html><head><title>World News Daily - Front page</title></head><body><main>");
		for (int i = 0; i < 30; i++) {
			index.append("<div class=\"teaser\"><h3><a href=\"/s").append(i).append("\">Headline number ").append(i)
					.append(" about events in a faraway country</a></h3><p><a href=\"/s").append(i).append("\">Read the full story of this event here</a></p></div>");
		}
		index.append("</main></body></html>");
		assertThat(HtmlArticles.extract(index.toString())).isEmpty();
		assertThat(HtmlArticles.extract("<html><body><h1>404 Not Found</h1><p>The page you requested does not exist.</p></body></html>")).isEmpty();
		assertThat(HtmlArticles.extract(new byte[0])).isEmpty();
		assertThat(HtmlArticles.extract("<<<>>>\u0000 not html at all")).isEmpty();
	}

	@Test
	void thatHtmlFilesAreRecognisedByTheirExtensionAndBecomeTxtDocuments() {
		assertThat(HtmlArticles.isHtml("a/Page.HTML")).isTrue();
		assertThat(HtmlArticles.isHtml("b.htm")).isTrue();
		assertThat(HtmlArticles.isHtml("c.txt")).isFalse();
		assertThat(TextFiles.documentId("site/story.html")).isEqualTo("site/story.txt");
		assertThat(TextFiles.documentId("site/story.txt")).isEqualTo("site/story.txt");
	}
}
