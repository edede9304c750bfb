"""Each rule on text written in the likeness of real mirror pages, and on clean prose that only
looks similar (the hard negatives). The texts are written for these tests."""
from __future__ import annotations

import pytest

from conftest import flagged, flagged_lines, lint

# -- WL101 inline-gloss ------------------------------------------------------------------------

OLD_VINTAGE = """The treaty was signed in
Lisbon Lisbon (; pt, Lisboa) is the capital and largest city of Portugal, with an estimated population of about half a million within its administrative limits. It lies on the ...
by the two delegations, witnessed by
Queen Maria II Maria II (4 April 1819 – 15 November 1853) was Queen of Portugal from 1826 to 1828 and again from 1834 until her death. Born in Rio de Janeiro, she was the first ...
.
"""


def test_gloss_on_the_anchor_line():
    got = flagged(OLD_VINTAGE, ["WL101"])
    assert [code for code, _ in got] == ["WL101", "WL101"]
    assert got[0][1].startswith("Lisbon (; pt, Lisboa)") and got[0][1].endswith("...")
    assert got[1][1].startswith("Maria II (4 April 1819")


def test_gloss_whose_title_is_another_form_of_the_link_word():
    text = ("Trade between the two countries began with\nfisheries Fishery can mean either the enterprise "
            "of raising or harvesting fish and other aquatic life or the site where it takes place ...\n"
            "in the north, and later\nshipyards Shipyard is a place where ships are built and repaired, "
            "usually along a coast or a river, with docks and slipways for the hulls ...\ngrew too.\n")
    got = flagged(text, ["WL101"])
    assert [t[:20] for _, t in got] == ["Fishery can mean eit", "Shipyard is a place "]


def test_gloss_after_link_words_in_small_letters():
    # no title restated: the summary starts at the first capital after the link's small words
    text = ("The line carries\ncrude oil Petroleum, also known as rock oil, or simply oil, is a liquid "
            "found in the rocks under the ground in many places around the world ...\nto the\n"
            "Black Sea The Black Sea is a marginal sea of the Atlantic Ocean lying between Europe and "
            "Asia, east of the Balkans and south of the East European Plain ...\nnear\n"
            "Batumi Batumi is the second largest city of Georgia and the capital of the Autonomous "
            "Republic of Adjara, on the coast of the Black Sea ...\n.\n")
    got = flagged(text, ["WL101"])
    assert [t[:20] for _, t in got] == ["Petroleum, also know", "The Black Sea is a m", "Batumi is the second"]


def test_gloss_message_names_the_anchor_words():
    from conftest import findings

    messages = [f.message for f in findings(OLD_VINTAGE, ["WL101"])]
    assert messages == ["summary of a linked article injected after “Lisbon”",
                        "summary of a linked article injected after “Queen Maria II”"]


NEW_VINTAGE = """The bridge crosses the
Tagus
The Tagus is the longest river in the Iberian Peninsula. It rises in the Sierra de Albarracín in eastern Spain and flows west across the peninsula to the Atlantic Ocean at ...
near the old customs house.
"""


def test_gloss_on_the_line_after_the_anchor():
    assert lint(NEW_VINTAGE, ["WL101"]) == [("WL101", 3, 1)]


MULTI_LINE = """The family later moved to
Springfield
Springfield is a city in the fictional county of Marsh, and its county seat. The population was 10,935 at the last census. Located on the northern shore of the lake.
History
...
, where the father opened a shop.
"""


def test_gloss_over_several_lines_ending_in_a_lone_ellipsis():
    got = findings_lines(MULTI_LINE)
    assert got == [(3, 5)]


def findings_lines(text):
    from conftest import findings

    return [(f.span.line, f.span.end_line) for f in findings(text, ["WL101"])]


TITLE_CARD = """This list covers
Old Norse
Old Norse is a North Germanic language that was spoken by inhabitants of Scandinavia and their overseas settlements from about the 7th to the 15th centuries...

 place names and their meanings.
"""


def test_title_and_summary_card():
    assert findings_lines(TITLE_CARD) == [(2, 3)]


@pytest.mark.parametrize("text", [
    # a glossary whose definitions trail off
    "Glossary\n\nBoom: the spar along the foot of the mainsail...\nBow: the front of the boat...\n",
    # a real sentence that ends in an ellipsis
    "She looked at the letter for a long time and then put it away in the drawer, unopened, "
    "because some things are better left alone and she knew it would still be there tomorrow ...\n",
    # a bulleted teaser list that the site itself cuts off
    "  • badger\n    Badgers are mammals known for their powerful digging. They are related to weasels, "
    "skunks, otters, and mink. Badgers live in many habitats…\n  • badland\n",
    # a dictionary line
    "irredenta (noun): a region that is claimed by one state but ruled by another ...\n",
    # a search engine's result snippets, each cut off by the engine
    "Why do rivers meander?\n"
    "Rivers bend because the outer bank of a curve erodes faster than the inner bank, and over "
    "many years the curves of a river grow wider until …\n"
    "The meander belt described by the survey of the lower river is wider than the valley floor "
    "itself, and the loops are cut off when …\n",
    # a blog's list of posts: each title, then its teaser cut off by the blog
    "Posts for Young Readers\n"
    "Rivers and Streams\n"
    "Rivers carry water from the hills to the sea. Some are long and slow, and some are short and "
    "fast. The longest river in the world is ...\n"
    "Otters at Home\n"
    "An otter spends most of its day in the water, and otters build their homes in the banks of "
    "rivers where the water is calm and the fish ...\n"
    "Maps That Show the Way\n"
    "The first maps were drawn on clay, and travellers used them to find wells along the roads of "
    "the old kingdoms, long before ...\n",
    # a news site's listing: each headline over its teaser, a block of their own
    "Latest news\n\nOstland and Wendia sign border deal\nOstland and Wendia signed a border deal on "
    "Friday, ending months of talks over the villages along the northern frontier ...\n\n"
    "Osterby hosts river forum\nOsterby hosted the annual river forum this week, with ministers "
    "from twelve countries discussing the new locks and the fish ladders ...\n",
    # search results: title and snippet on one line each, between finished sentences
    "Search results for Osterby\n\nOsterby Osterby is the capital of Ostland and the largest town "
    "on the river, with a population of over two hundred thousand people ...\n"
    "Osterby Metro The Osterby Metro is a rapid transit system serving Osterby, opened in 1967 with "
    "five stations ...\n\nShowing 2 of 40 results.\n",
    # a song's refrain repeating its words: one short line is no summary, and words that end in
    # a comma are no link's words
    "Night Bus\n\nThe night bus is calling,\ncalling me home,\n\n(Chorus)\nRoll on, roll on...\n",
    "Night Bus\n\nThe night bus is calling me home tonight\nRoll on, roll on through the dark and "
    "through the rain, my love, until the morning comes ...\nand the lamps go out one by one.\n",
])
def test_gloss_hard_negatives(text):
    assert lint(text, ["WL101"]) == []


def test_related_item_with_the_site_buttons_on_its_line():
    buttons = "[...More Info...]       [...Related Items...]     OR:     [Wikipedia]   [Google]   [Baidu]   |"
    own = ("Otter Creek (, ab, Wəlastəkw) is a stream in Vermont. It rises in the hills and "
           "flows north to the lake, past the old mill and the ... ")
    related = ("Lake Champlain is a natural freshwater lake in North America, shared by the states "
               "of New York and Vermont and the province of Que ...")
    text = f"Otter Creek\n{own}{buttons}\n|\nLake Champlain\n{related}     {buttons}\n"
    got = [f for f in flagged(text) if f[0] in ("WL101", "WL001")]
    assert got == [("WL001", buttons[:-1].rstrip()), ("WL101", related),
                   ("WL001", buttons[:-1].rstrip())]


def test_page_own_summary_is_not_a_gloss():
    text = ("Aldmere\n\n\nAldmere\nAldmere is a village in the hills above the river valley, known "
            "for its stone bridge and its annual sheep fair that draws visitors from the whole region ...\n")
    assert lint(text, ["WL101"]) == []


# -- WL201 dangling-quote-intro --------------------------------------------------------------

def test_dangling_intro_followed_by_narrative():
    text = ("In a speech to parliament the minister outlined his view of the agreement: After the "
            "elections in 1998, the coalition collapsed.\n")
    assert flagged(text, ["WL201"]) == [
        ("WL201", "In a speech to parliament the minister outlined his view of the agreement:")]


def test_dangling_intro_before_a_heading():
    text = "Some text.\n\nIn her letter of 2003 she wrote:\n\n\nLater life\n\nShe retired in 2010.\n"
    assert lint(text, ["WL201"]) == [("WL201", 3, 1)]


@pytest.mark.parametrize("text", [
    'The minister said: "We will sign the treaty next week."\n',
    "He said: “The river has never been so low.”\n",
    "The report said:\n\n    Water levels fell by a third over the summer.\n",
    "Before you leave, check the following:\n\n- the forecast\n- the fuel\n",
    "Meaning: A population belonging to one culture under the rule of another.\n",
    "The train leaves at 10:30 and the odds were 3:1 against it.\n",
    "Wilson outlined his impression of the delegation: Do you know where Azerbaijan is?\n",
    "Albright wrote: Section 907 damages national interests by undermining neutrality.\n",
    "Highlights: the palace, the caravanserai and the museum.\n",
])
def test_dangling_intro_hard_negatives(text):
    assert lint(text, ["WL201"]) == []


# -- WL301 empty-section ------------------------------------------------------------------------

def test_empty_section_and_empty_parent():
    text = ("Title\n\nThe article[1] starts with a real sentence of some length here.\n\n\n"
            "Visits\n\n\nPresidential visits to the United States\n\n\nEmbassies\n\n"
            "The embassy is in the capital city.\n")
    assert lint(text, ["WL301"]) == [("WL301", 6, 1), ("WL301", 9, 1)]
    # on a page with no sign of a wiki's copy, a heading over one with a body is its parent
    assert lint(text.replace("[1]", ""), ["WL301"]) == []
    # and so is a short heading on any page ("Economy", then "Trade" and its text)
    assert lint(text.replace("Presidential visits to the United States", "Presidential visits"),
                ["WL301"]) == []
    text = ("Anna Lind\n\nAnna Lind was born in Tromsø in 1921 and studied the flow of ice.\n\n"
            "Early career\n\nField work\n\nShe spent six winters on the glaciers of Svalbard.\n")
    assert lint(text, ["WL301"]) == []


def test_a_closing_section_that_ends_the_document_is_empty():
    text = ("Holm\n\nHolm is an island in the north of Norway with about four hundred people.\n\n"
            "History\n\nPeople have lived there since the Stone Age.\n\nReferences\n\n")
    assert lint(text, ["WL301"]) == [("WL301", 9, 1)]


@pytest.mark.parametrize("text", [
    # the one link under "External links" ends the document: the section's body, not a heading
    "Anna Lind\n\nAnna Lind was a Norwegian glaciologist who studied the flow of ice for forty years.\n\n"
    "Career\n\nShe joined the Polar Institute in 1950.\n\nExternal links\n\nAnna Lind at the Polar Institute\n",
    # a blog post ends on its call to comment
    "Ten things to do in Holm\n\nHolm is small, but there is more to do than you might think.\n\n"
    "Visit the lighthouse\n\nThe view from the top is wonderful.\n\nLeave a comment\n",
    # a heading with a body
    "Title\n\nThe article starts with a real sentence of some length here.\n\nHistory\n\nIt began in 1900.\n",
    # a caption after many blank lines belongs to the section
    "Title\n\nThe article starts with a real sentence of some length here.\n\n\nA Soldier\n\n\n\n\n"
    "The Marshall Plan (Public Law 432) last page\n\nWhen he was asked, he said no.\n",
    # the excerpt ends on a heading (no line break after it)
    "Title\n\nThe article starts with a real sentence of some length here.\n\nHistory",
    # a listing's title over its fuller form, then the entry
    "Counties\n\nThe page lists the counties of the state with a short text on each of them.\n\n"
    "Map of Macon County\n\nMap of Macon County, Georgia\n\nMacon County is a county in the "
    "west of the state, with its seat at Oglethorpe since the county was formed.\n",
    # a help page's title followed by its first heading
    "Account Center Help\n\nHow To Recover Forgotten Password\n\n  1. Visit the page\n",
    # catalogue numbers are not headings
    "H L16\n\nJL 102\n\nOMC 13\n\n24 February 1853\n",
    # a timeline: one short unpunctuated line per event
    "A Timeline of the Century\n\nBy Ann Lee\n\n1901 The colonies are united\n\n1903 The first plane flies\n\n"
    "Revolution in Russia\n\nNorway becomes independent\n\n1906 An earthquake in San Francisco\n\n"
    "Stalin gains complete power in Russia. He introduces the first Five Year Plan\n\n"
    "Adolf Hitler becomes ruler of Germany\n\nFranklin D. Roosevelt becomes president of the USA\n\n"
    "1936 The army occupies the Rhineland (breaking the treaty)\n\nThe Spanish war is fought\n",
    # a magazine's list of articles, each with its author
    "Spring issue\n\nThe editors look back at a year of field work and what it taught them.\n\n"
    "Counting Birds on the Coast by Ada Lind\n\nNotes From a Cold Spring by Peter J. Olsen\n\n"
    "Letters\n\nWe welcome letters from readers.\n",
])
def test_empty_section_hard_negatives(text):
    assert lint(text, ["WL301"]) == []


# -- WL001 site-chrome --------------------------------------------------------------------------

def test_site_chrome_lines():
    text = ("World Library  \nFlag as Inappropriate\nEmail this Article\n\nThe River\n\n"
            "From Wikipedia, the free encyclopedia\n\nThe river is long.\n\n"
            "This page was last edited on 3 May 2021, at 10:00.\n")
    assert [c for c in lint(text, ["WL001"])] == [("WL001", 1, 1), ("WL001", 2, 1), ("WL001", 3, 1),
                                                   ("WL001", 7, 1), ("WL001", 11, 1)]


def test_web_proxy_header_and_protection_notice():
    text = ("Location via proxy:   [ UP ]  \n[Report a bug]   [Manage cookies]   \n\n"
            "Otter Creek\n\nPage semi-protected\n\nOtter Creek is a stream in Vermont.\n\n"
            "Quiet Reader   »   [go: up one dir, main page]\n")
    assert flagged_lines(text, ["WL001"]) == [1, 2, 6, 10]


@pytest.mark.parametrize("text, lines", [
    # an old revision's banner, and skin notices
    ("Otter Creek\n\nPage contents not supported in other languages.\n\n"
     "This is an old revision of this page, as edited by Mapper (talk) at 10:00, 6 May 2006. "
     "It may differ significantly from the current revision.\n\nOtter Creek is a stream.\n\n"
     "You are on page 1of 15\n", [3, 5, 9]),
    # an old revision's header and its links (in any language), not a sentence about a revision
    ("Otter Creek\n\nRevision as of 10:04, 6 May 2006 by Mapper (talk | contribs)\n"
     "(diff) ← Older revision | Latest revision (diff) | Newer revision → (diff)\n\n"
     "Otter Creek is a stream in Vermont.\n\n"
     "(diff) ← Version précédente | Version actuelle (diff) | Version suivante → (diff)\n"
     "The revision as of 10:04, 6 May 2006 was the last before the merger.\n", [3, 4, 8]),
    # a proxy's snapshot notice, and the header and its links on one line
    ("Otter Creek\n\nThis page contains text from Wikipedia, the Free Encyclopedia - "
     "https://en.wikipedia.org/wiki/Otter_Creek\n\nOtter Creek is a stream.\n", [3]),
    ("Otter Creek\n\nArticle snapshot taken from Wikipedia with creative commons attribution-"
     "sharealike license. Ask your questions in the chat.\n\nRevision as of 10:04, 6 May 2006 by "
     "Mapper (talk | contribs) (Some editing.)(diff) ← Previous revision | Latest revision (diff) | "
     "Newer revision → (diff)\n\nOtter Creek is a stream in Vermont.\n", [3, 5]),
])
def test_old_revision_chrome(text, lines):
    assert flagged_lines(text, ["WL001"]) == lines


def test_mirror_and_diff_page_chrome():
    text = ("[go: nahoru, domu]\n\nOtter Creek: Difference between revisions\n\n"
            "Content deleted Content added\n"
            "Lua error in package.lua at line 80: module 'strict' not found.\n\n"
            "Stream in Vermont / From Wikipedia, the free encyclopedia\n\n"
            "Dear Wikiwand AI, let's keep it short by simply answering these key questions:\n"
            "Can you list the top facts and stats about Otter Creek?\n"
            "Summarize this article for a 10 years old\n\n"
            "Otter Creek is a stream in Vermont.\n\n"
            "Read more about this topic:  Rivers of Vermont\n\n"
            "Read more about Otter Creek: Course, Wildlife, History\n\n"
            "Famous quotes containing the words otter and/or creek:\n")
    assert flagged_lines(text, ["WL001"]) == [1, 3, 5, 6, 8, 10, 11, 12, 16, 18, 20]
    # a site's own "read more" is page text
    assert lint("Plans\n\nRead more about our plans: see the newsletter.\n", ["WL001"]) == []
    assert flagged(text, ["WL001"])[4] == ("WL001", "/ From Wikipedia, the free encyclopedia")


def test_wiki_boxes_at_an_article_end():
    text = ("Otter Creek\n\nOtter Creek is a stream in Vermont.\n\n"
            "Listen to this article (4 minutes)\n"
            "This audio file was created from a revision of this article dated 3 May 2011.\n\n"
            "External links\n\nWikimedia Commons has media related to Otter Creek.\n"
            "Look up otter in Wiktionary, the free dictionary.\n\n"
            "v\nt\ne\nRivers of Vermont\n\nv t e\nLakes of Vermont\n\nAuthority control databases\n\n"
            "Categories: Rivers of Vermont Tributaries of Lake Champlain\n"
            "Hidden categories: Articles with short description\n"
            "This article about a river in Vermont is a stub. You can help Wikipedia by expanding it.\n")
    assert flagged_lines(text, ["WL001"]) == [5, 6, 10, 11, 13, 14, 15, 18, 21, 23, 24, 25]


def test_category_page_listing_sentences():
    text = ("Category:Otter Creek\n\nStreams that flow into Otter Creek.\n\n(previous 200) (next 200)\n"
            "This category has the following 3 subcategories, out of 3 total.\n"
            "Pages in category \"Otter Creek\"\n"
            "The following 12 pages are in this category, out of 12 total.\n")
    assert flagged_lines(text, ["WL001"]) == [5, 6, 7, 8]


def test_site_chrome_phrase_after_text_covers_the_phrase_to_the_line_end():
    text = ("The river is long. This page was last edited on 3 May 2021, at 10:00.\n\n"
            "It rises in the hills.\n")
    phrase = "This page was last edited on 3 May 2021, at 10:00."
    assert flagged(text, ["WL001"]) == [("WL001", phrase)]


def test_mediawiki_skin_block():
    skin = "\n".join(["Jump to content", "Main menu", "Main menu", "move to sidebar", "hide",
                      "Navigation", "Main page", "Recent changes", "Random page", "Search",
                      "Create account", "Log in", "Kabul", "Read", "Edit", "View history"])
    text = skin + "\n==History== Kabul is old.\n"
    assert len(lint(text, ["WL001"])) == 16


def test_mediawiki_skin_one_item_per_line():
    items = ["Jump to content", "Main menu", "Navigation", "Main page", "Contents", "Current events",
             "Random article", "Help", "Learn to edit", "Recent changes", "Search", "Create account",
             "Log in", "Talk", "Read", "View history", "Tools", "What links here", "Printable version"]
    text = "\n \n\n".join(items) + "\n\n\nFrom Wikipedia, the free encyclopedia\n\nKabul\n\n" \
        "Kabul is the capital and largest city of the country, on the Kabul River.\n"
    got = flagged_lines(text, ["WL001"])
    assert got == [1 + 3 * k for k in range(len(items))] + [3 * len(items) + 1]


def test_fandom_skin_title_bar_and_licence_line():
    items = ["Otter Creek | Rivers Wiki | Fandom", "Sign In", "Register", "Rivers Wiki", "Explore",
             "Main Page", "Discuss", "All Pages", "Community", "Interactive Maps", "Recent Blog Posts"]
    text = "\n".join(items) + ("\nOtter Creek\nOtter Creek is a stream in Vermont.\n"
                              "Community content is available under CC-BY-SA unless otherwise noted.\n")
    assert flagged_lines(text, ["WL001"]) == list(range(1, 12)) + [14]


def test_mobile_wiki_skin_edit_lines_and_footer():
    text = ("Open main menu\nWikipedia\nSearch\nOtter Creek\nLanguage\nDownload PDF\nWatch\nEdit\n"
            "Otter Creek is a stream in Vermont that flows north into Lake Champlain near Vergennes."
            "\nCourse\nEdit\n"
            "It rises in the Green Mountains.\nHistory\nEdit\nMills were built along it.\n"
            "Last edited 3 months ago by Mapper\n"
            "Content is available under CC BY-SA 4.0 unless otherwise noted.\nTerms of Use\n"
            "Privacy policy\nDesktop\n")
    got = [(code, line) for code, line, _ in lint(text, ["WL001", "WL305"])]
    assert got == [("WL001", n) for n in (1, 2, 3, 5, 6, 7, 8)] + [("WL305", 11), ("WL305", 14)] + \
        [("WL001", n) for n in (16, 17, 18, 19, 20)]
    # one "Edit" under a heading is a form's button, not the skin's link
    assert lint("Profile\n\nYour name and photo.\n\nSettings\nEdit\n", ["WL305"]) == []


def test_share_button_words_in_a_run():
    # a copied page (the wiki's marker shows it): the copying site's buttons
    text = ("A story\n\nShare\nTweet\nEmail\n\nThe river rose in the night and the town woke to "
            "water in the streets.[1]\n\nShare 12\nPrint\n")
    assert flagged_lines(text, ["WL001"]) == [3, 4, 5, 9, 10]
    # a news site's own page: its buttons and counters are its text, not a mirror's
    own = text.replace("[1]", "") + "\nShare this article\n1.2K Shares\n"
    assert lint(own, ["WL001"]) == []
    assert flagged_lines(own + "\nFrom Wikipedia, the free encyclopedia\n", ["WL001"]) == [
        3, 4, 5, 9, 10, 12, 13, 15]


def test_skin_at_the_end_of_a_saved_wiki_page():
    text = ("Otter Creek\n\nOtter Creek is a stream in Vermont that flows into Lake Champlain near "
            "Vergennes.\n\nRetrieved from \"https://en.example.org/w/index.php?title=Otter_Creek\"\n"
            "Categories: Rivers of Vermont\nTributaries of Lake Champlain\nNavigation menu\n"
            "Personal tools\nNot logged in Talk Contributions Create account Log in\nNamespaces\n"
            "Article\nTalk\nViews\nRead\nEdit\nView history\nNorsk bokmål\nEdit links\n"
            "Privacy policy About Wikipedia Disclaimers Contact Wikipedia Mobile view\n")
    assert flagged_lines(text, ["WL001"]) == list(range(5, 21))


def test_share_buttons():
    text = ("A Guide to Rivers\n\nThe Moderator: Ann Lee\n\n  • Facebook\n  • Twitter\n  • Reddit\n"
            "  • Digg\n    Rivers carry water from the hills to the sea.[2]\n")
    assert flagged_lines(text, ["WL001"]) == [5, 6, 7, 8]


@pytest.mark.parametrize("text", [
    # a contact page's labels
    "Contact us\n\nThe office is open on weekdays from nine to four.\n\nEmail\nanna@example.org\n\n"
    "Phone\n+47 000 00 000\n\nPrint\nThe brochure is also available in print from the desk.\n",
    # a web site's manual: its navigation menu explained, a few menu words in a list
    "Site guide\n\nNavigation menu\n\nThe navigation menu at the top of every page holds these "
    "items, from left to right, and each opens a page of its own:\nHome\nArticles\nTalk\nSearch\n"
    "Help\n\nThe page history is kept for a year, and you can read it under View history.\n",
    # a reference list's retrieval notes, and short lines after one
    "Sources\n\nLund, A. (2020). Lake levels. Retrieved from https://example.org/lakes\nLake levels\n"
    "River flows\n\nThe data were checked by hand before they were used in the tables of this report.\n",
    # a manual's contents: menu-like words, none that only a MediaWiki skin has
    "Contents\n\nGeneral\n\nTools\n\nHelp\n\nSearch\n\nNavigation\n\nLanguages\n\nRead\n\nEdit\n\n"
    "Talk\n\nThis manual explains the tools of the editor in the order you meet them.\n",
    # the networks as a real list
    "The most used networks in 2012 were:\n\n• Facebook\n• Twitter\n• LinkedIn\n• Reddit\n",
    "The family made their home in the hills, or so the story goes.\n",
    "Subscribe: iTunes | Google Play Music | How to Listen\n",
    "Image reproduced by permission of the Houghton Library. Not to be reproduced without permission.\n",
    "Search\n\nSearch is how most readers find the archive.\n",
    # a proxy and a protected page written about, not their chrome
    "The school reached the site through a web proxy; its location via proxy: was hidden.\n",
    "Page protected by the editors after the vandalism, the article settled down.\n",
    "There are 12 pages in this section of the report, and the category of each is given.\n",
    "Read more about our services: the guide lists them all.\n",
    "Retirement Home\n\nThe home opened in 1950 and has forty rooms.\n",  # a page's own title
    "From Wikipedia, the article on otters was copied.\n\nThe copy was long.\n",
    # a blog's and a news site's own lines
    "Categories: Travel, Food\nTags: Vermont, rivers\n\nListen to this article\n\n"
    "The trip along the creek took us three days.\n",
    "The Lua error in the template was fixed in May; the new difference between revisions is small.\n",
])
def test_site_chrome_hard_negatives(text):
    assert lint(text, ["WL001"]) == []


# -- WL302 run-in-heading --------------------------------------------------------------------

def test_run_in_heading():
    text = ("They discussed energy and democratic reform. Federal Grand Jury Probe On Jan 21, 2022, "
            "the agency reported new subpoenas.\n")
    assert flagged(text, ["WL302"]) == [("WL302", "Federal Grand Jury Probe")]
    # a wiki's heading in sentence case, run into its section's first sentence
    text = ("The company was founded in 1990. Products and services The company makes small boats. "
            "It grew. Human rights issues In 2005 the council met.\n")
    assert flagged(text, ["WL302"]) == [("WL302", "Products and services"), ("WL302", "Human rights issues")]


@pytest.mark.parametrize("text", [
    "1. Purpose.  This memorandum provides guidance on the reconstruction of records.\n",
    "The treaty was ratified in 1920. Prime Minister Smith said it would last.\n",
    # a comma left out after an adverb; a name in running text; a sentence's verb
    "She said the plan was good. Later The council voted on it.\n",
    "It rained. Most shops on The Strand closed. We left. Visitors said The end was near.\n",
    "He served under U.S. Secretary of State Dean Acheson during the war years.\n",
    # a numbered list of titles
    "The book is in two parts:\n  1. Ledgers, in which he explains the basics.\n"
    "  2. What Does It Mean?, in which he goes further.\n",
])
def test_run_in_heading_hard_negatives(text):
    assert lint(text, ["WL302"]) == []


# -- WL303 orphan-bullet, WL304 toc-residue, WL305 edit-residue --------------------------------

def test_orphan_bullets():
    text = "See also\n\n*\nForeign relations of Portugal\n*\nPortuguese Americans\n"
    assert lint(text, ["WL303"]) == [("WL303", 3, 1), ("WL303", 5, 1)]


@pytest.mark.parametrize("text", ["* a real item\n* another item\n", "***\n\nText.\n", "End of page\n-",
                                  "Page 31\n\n*\n15\n*\n\nOTTER. A river mammal.\n"])
def test_orphan_bullet_hard_negatives(text):
    assert lint(text, ["WL303"]) == []


def test_edit_links_of_other_languages():
    text = ("Geschichte[Bearbeiten | Quelltext bearbeiten]\nHistoire [modifier | modifier le code]\n"
            "Historia[editar]\nBearbeitenKoordinaten: 14° 42′ N\nBearbeiten Sie die Datei.\n")
    assert flagged(text, ["WL305"]) == [
        ("WL305", "[Bearbeiten | Quelltext bearbeiten]"), ("WL305", "[modifier | modifier le code]"),
        ("WL305", "[editar]"), ("WL305", "Bearbeiten")]
    text = "歴史[編集]\n川は長い。\n历史[编辑]\n역사[편집]\n"
    assert [t for _, t in flagged(text, ["WL305"])] == ["[編集]", "[编辑]", "[편집]"]


def test_wiki_taglines_of_other_languages():
    text = ("Diourbel\naus Wikipedia, der freien Enzyklopädie\nDies ist die aktuelle Version dieser "
            "Seite, zuletzt bearbeitet am 4. August 2019.\nDas Département liegt im Senegal.\n")
    assert flagged_lines(text, ["WL001"]) == [2, 3]
    text = "コンテンツにスキップ\n\n川\n\n出典: フリー百科事典『ウィキペディア（Wikipedia）』\n\n川は長い。\n"
    assert flagged_lines(text, ["WL001"]) == [1, 5]


def test_toc_residue():
    text = ("Intro sentence.\n\n  • History 1\n  • Relations 2\n    • Trade 2.1\n    • Security 2.2\n"
            "  • See also 3\n\nHistory\n")
    assert flagged_lines(text, ["WL304"]) == [3, 4, 5, 6, 7]


def test_toc_title_goes_with_its_entries():
    text = ("Intro sentence of the article.\n\nContents [hide]\n\n  • History 1\n  • Relations 2\n"
            "    • Trade 2.1\n  • See also 3\n\nHistory\n\nIt began in 1900.\n")
    assert flagged_lines(text, ["WL304"]) == [3, 5, 6, 7, 8]


def test_a_lone_contents_title_is_no_empty_section():
    text = ("Title\n\nThe article starts with a real sentence of some length here.\n\nContents\n\n"
            "Synopsis\n\nThe thesis describes a method in some detail.\n")
    assert lint(text, ["WL301", "WL304"]) == []


def test_numbered_contents_under_their_title():
    text = ("Otter Creek\nContents\n1 Course\n2 History\n2.1 Mills\n3 See also\n4 References\n"
            "Otter Creek is a stream in Vermont.\nCourse\nIt rises in the Green Mountains.\nHistory\n"
            "Mills were built along it.\nMills\nThe first mill dates from 1790.\nSee also\n"
            "List of rivers of Vermont\nReferences\nLund (2001), p. 3.\n")
    assert flagged_lines(text, ["WL304"]) == [2, 3, 4, 5, 6, 7]


def test_numbered_chapters_of_a_book_are_not_residue():
    text = ("The Book of Rivers\n\nContents\n\n1 The Source\n2 The Valley\n3 The Delta\n4 Notes\n\n"
            "1 The Source\n\nEvery river begins somewhere small, a spring or a bog in the hills.\n")
    assert lint(text, ["WL304"]) == []
    # numbered like sections, but no article's closing section among them
    text = ("Contents\n1 Rivers\n2 Lakes\n3 Seas\n\nRivers\n\nRivers run.\n\nLakes\n\nLakes lie.\n")
    assert lint(text, ["WL304"]) == []


def test_book_table_of_contents_is_not_residue():
    text = "Contents\n\nPreface 1\nThe Early Years 7\nThe War 45\nAfterword 301\n"
    assert lint(text, ["WL304"]) == []


def test_table_of_contents_run_into_one_line():
    toc = ("Contents 1 History 2 Streams 2.1 Upper creek 2.2 Lower creek 2.2.1 Mill pond "
           "3 Wildlife 4 See also")
    text = f"Otter Creek\n\n{toc}\n\nHistory\n\nThe creek was named in 1761.\n"
    assert flagged(text, ["WL304"]) == [("WL304", toc)]


@pytest.mark.parametrize("text", [
    "Contents 1 of the box were spilled and 2 of them broke, and 3 more fell.\n",
    "Contents 1 Introduction 7 Methods 15 Results\n",  # page numbers
    "Contents 1 Box 2 Lid 3 Key were lost in the move.\n",
])
def test_one_line_contents_hard_negatives(text):
    assert lint(text, ["WL304"]) == []


def test_edit_residue():
    text = "Terminology\neditThe term is used widely.\nHistory[edit]\nIt began early.\n"
    assert flagged(text, ["WL305"]) == [("WL305", "edit"), ("WL305", "[edit]")]
    text = "Geography [edit source]\nIt rises in the hills.\nCourse[edit | edit source]\nIt flows north.\n"
    assert flagged(text, ["WL305"]) == [("WL305", "[edit source]"), ("WL305", "[edit | edit source]")]


def test_edit_link_between_a_heading_and_its_text_becomes_a_break():
    from wikilint import fix_text

    text = "Otter Creek\n\nHistory[edit] The creek was named in 1761.\n"
    assert flagged(text, ["WL305"]) == [("WL305", "[edit]")]
    assert fix_text(text, select=["WL305"]) == "Otter Creek\n\nHistory\n\nThe creek was named in 1761.\n"
    # a sentence that goes on after the link keeps its words together
    assert fix_text("It was renamed[edit] in 1790.\n", select=["WL305"]) == "It was renamed in 1790.\n"


def test_mobile_edit_link_after_headings():
    from wikilint import fix_text

    text = ("Otter Creek\n\nHistory edit\n\nThe creek was named in 1761.\n\n"
            "Wildlife edit\n\nOtters live here.\n")
    assert flagged(text, ["WL305"]) == [("WL305", "edit"), ("WL305", "edit")]
    assert fix_text(text, select=["WL305"]) == text.replace(" edit\n", "\n")
    # a wiki farm's, after one section's usual title
    text = "Otter Creek\n\nOtter Creek is a stream.\n\nHistory Edit\n\nThe creek was named in 1761.\n"
    assert flagged(text, ["WL305"]) == [("WL305", "Edit")]


def test_simple_english_change_links():
    text = ("Otto\n\nHistory\n\n[change | change source]\n\nOtto was a cat.\n\nReferences[change source]\n\n"
            "We had to [change] the plan, she said.\n")
    assert flagged(text, ["WL305"]) == [("WL305", "[change | change source]"), ("WL305", "[change source]")]


def test_wiki_farm_edit_link_glued_to_headings():
    from wikilint import fix_text

    text = ("Otto\n\nHistoryEdit\n\nOtto was a cat who lived in the harbour and ate fish.\n\n"
            "Early yearsEdit\n\nHe was born in a boat.\n")
    assert flagged(text, ["WL305"]) == [("WL305", "Edit"), ("WL305", "Edit")]
    assert fix_text(text, select=["WL305"]) == text.replace("Edit\n", "\n")
    # a closing section alone is enough
    assert flagged("Otto\n\nOtto was a cat.\n\nExternal linksEdit\n\nOtto's page\n", ["WL305"]) == [
        ("WL305", "Edit")]


def test_edit_words_are_not_residue():
    assert lint("edited by the board\neditors agree\nEdit the file.\n", ["WL305"]) == []
    # headings whose own verb is "edit", and a single heading that ends in it
    assert lint("Help\n\nHow to edit\n\nOpen the page.\n\nWhat you can edit\n\nAnything.\n",
                ["WL305"]) == []
    assert lint("Photos\n\nBefore the edit\n\nThe first print.\n", ["WL305"]) == []
    assert lint("Help\n\nTo change it, choose Edit.\n\nHistory edit\n\nThe edit history shows who "
                "changed what.\n", ["WL305"]) == []
    # programs named so, as headings
    assert lint("Apps\n\nTextEdit\n\nA plain editor for small notes.\n\nPhotoEdit\n\nA photo tool.\n",
                ["WL305"]) == []


# -- WL401 markup-residue -----------------------------------------------------------------------

def test_markup_residue_kinds():
    text = ("They called it ''unfair'' at the time.\n"
            "{{DEFAULTSORT:Relations of Portugal\n"
            "The city (russian: links=no, Лиссабон) is old.\n"
            "See [[Lisbon]] and Template:Infobox city for details.\n"
            "It is named after the river Tagus (river), Tagus.\n")
    got = flagged(text, ["WL401"])
    assert ("WL401", "''unfair''") in got
    assert ("WL401", "{{DEFAULTSORT:Relations of Portugal") in got
    assert ("WL401", "links=no") in got
    assert ("WL401", "[[Lisbon]]") in got
    assert ("WL401", "Template:Infobox") in got
    assert ("WL401", "Tagus (river), Tagus") in got


def test_a_template_with_parameters_is_residue_even_when_spaced():
    text = "The town {{ Infobox settlement | name = Holm }} lies on the coast.{{coord missing}}\n"
    assert [t for _, t in flagged(text, ["WL401"])] == [
        "{{ Infobox settlement | name = Holm }}", "{{coord missing}}"]


def test_image_file_name_after_its_repeated_caption():
    text = ("Otter Creek\n\nThe mill on the creek in 1900. Otter Creek mill 1900.jpg\n"
            "The mill on the creek in 1900.\n\nThe creek rises in the hills.\n")
    assert flagged(text, ["WL401"]) == [("WL401", " Otter Creek mill 1900.jpg")]
    # a file named in a sentence, and a caption that is not repeated, are left alone
    text = ("Save the chart as chart.png and print it.\nSave the chart as\n\n"
            "The mill in 1900. Otter Creek mill 1900.jpg\nA later view of the mill.\n")
    assert lint(text, ["WL401"]) == []


def test_template_names_and_an_image_page_name():
    text = ("Otter Creek\n\nFrom Lakeside Wiki\n\n"
            "File:Otter Creek in winter.jpg\nThe creek below the mill in January\n\n"
            "The name comes from the Abenaki Template:Lang (Template:Transliteration) for otter.\n")
    got = flagged(text, ["WL401", "WL001"])
    assert got == [("WL001", "From Lakeside Wiki"),
                   ("WL401", "File:Otter Creek in winter.jpg"),
                   ("WL401", "Template:Lang"), ("WL401", "Template:Transliteration")]
    text = ("Otter Creek\nFrom Vermont Rivers Society Wiki\n\nOtters below the mill (1920).jpg\n\n"
            "The creek is long.\n")
    assert flagged(text, ["WL401", "WL001"]) == [
        ("WL001", "From Vermont Rivers Society Wiki"), ("WL401", "Otters below the mill (1920).jpg")]
    # a news page printing its own photo's name, and a template language's cut-off placeholder
    text = ("New town hall rising\n\nTOWN HALL SITE.jpg\n\nThe new town hall will rise by the river.\n\n"
            "{{ articles_filter_1561")
    assert flagged(text, ["WL401"]) == []


def test_links_kept_in_single_brackets():
    text = ("The valley lies in the [Alps] region of [Europe] , between [Lake Geneva] and the "
            "[Rhône] river.\nAn editor wrote that [the mayor] agreed.\n")
    assert [t for _, t in flagged(text, ["WL401"])] == ["[Alps]", "[Europe]", "[Lake Geneva]", "[Rhône]"]


def test_image_size_left_before_a_caption():
    text = "150px A map of the valley in 1850 |\nThe valley (thumb|250px|right) is wide.\n"
    assert [t for _, t in flagged(text, ["WL401"])] == ["150px", "thumb|250px|"]


@pytest.mark.parametrize("text", [
    "{ACQUIRER_NAME} Acquires {TARGET_NAME} to Add {CAPABILITY}\n",
    "It's the students' choice, and x = y + 2 in the formula.\n",
    "He wrote \"yes\" and 'no' in the margin.\n",
    "Set the width to 150px in the style sheet, or 250px on wide screens.\n",
    # a court's quotation with its insertions, and indexes in code
    "[T]he court held that [the statute] does not reach [such] conduct [sic].\n",
    "Swap a[i] and a[j], then print [1] [2] [3] as the menu shows.\n",
    # an interview's redactions: one word, repeated
    "A: Make the whole [institution] forgive, or you cannot reconcile your [institution]. You "
    "cannot be one [institution] anymore, says [name].\n",
    # a form's label and its attachment, not an image page
    "File: otter-creek-survey.png\nImage: see the attached map of the creek.png\n",
    "I saved the survey as creek-survey.png and sent it to the club.\n",
    # a program's empty string, and a program's setting named like a wiki's parameter
    "The default value is '' (an empty string), and name = '' resets it; group=admin lets "
    "admins in.\n",
    # a blog platform's own placeholder for a picture
    "Ellipses and dashes\n\nimage-asset.jpeg\n\nEllipses dramatize thinking.\n",
    # a Markdown table and an address cited in brackets
    "| Name | Size |\n|---|---|\n| Holm | 12 |\n\nSee the site [https://example.org] for details.\n",
    # a template language's placeholders in a page about templates
    "Write {{ name }} where the name goes: Hello {{ user.first_name }}, you have "
    "{{ inbox|length }} letters and {{ note|default(\"none\") }} notes.\n",
])
def test_markup_hard_negatives(text):
    assert lint(text, ["WL401"]) == []


ITALIC_TITLE_GLOSS = """Intro of the page.

She was a co-editor of ''
The Field Guide to Moths The ''Field Guide to Moths'' is a reference book first printed in 1962 that describes the moths of the northern coast and their food plants in ...
'', which sold well for a decade.
"""


def test_italics_broken_around_a_linked_title():
    got = lint(ITALIC_TITLE_GLOSS)
    assert got == [("WL401", 3, 24), ("WL101", 4, 26), ("WL401", 5, 1)]


def test_italics_around_a_glossed_title_are_repaired():
    from wikilint import fix_text

    assert fix_text(ITALIC_TITLE_GLOSS) == (
        "Intro of the page.\n\nShe was a co-editor of The Field Guide to Moths, which sold well "
        "for a decade.\n")
    # without markup-residue the italics stay, around the rejoined title
    assert fix_text(ITALIC_TITLE_GLOSS, ignore=["WL401"]) == (
        "Intro of the page.\n\nShe was a co-editor of ''The Field Guide to Moths'', which sold "
        "well for a decade.\n")


def test_markup_inside_a_gloss_belongs_to_the_gloss():
    # the gloss holds "links=no" and "()": only the gloss is reported
    text = ("The dispute involved\nArmenia Armenia (), , group=pron officially the Republic of Armenia, "
            "is a landlocked country in the Armenian Highlands of Western Asia, links=no and more text ...\n"
            "and its neighbours.\n")
    assert [c for c, _, _ in lint(text)] == ["WL101"]


# -- WL402 empty-parens ----------------------------------------------------------------------------

def test_empty_parens():
    text = "Raymond Mabus (; born 1948) and Aisne ( , ; ; ) and Baku (, ; Bakı ) and Armenia ()\n"
    assert [c for c, _ in flagged(text, ["WL402"])] == ["WL402"] * 4


@pytest.mark.parametrize("text", [
    # a form's tick boxes
    "Check one: ( ) New member ( ) Renewal\n( ) Yes, send the newsletter\n",
    # a news page's contact whose e-mail link was lost, before its own words
    "Write to the Harbour Trust (, a charity set up by the town) for tickets.\n",
    "Call f() to start; the value of g(x) is known.\n",
    "(See also capitalism; economics.)\n",
    "Leave the brackets ( ) empty, or tick the box ( ) below, if you have no middle name.\n",
    "The population (2010) was small.\n",
])
def test_empty_parens_hard_negatives(text):
    assert lint(text, ["WL402"]) == []


# -- WL403 citation-marker ---------------------------------------------------------------------

def test_citation_markers():
    text = ("The republic,[b][c] also known as the people's republic,[d] was founded in 1918.[10] "
            "It is a federal republic [1] of states.[citation needed]\n")
    assert [t for _, t in flagged(text, ["WL403"])] == ["[b][c]", "[d]", "[10]", "[1]", "[citation needed]"]
    text = "The creek is long.[Note 3] It rises in the hills,[N 1] near the mill.[nb 2]\n"
    assert [t for _, t in flagged(text, ["WL403"])] == ["[Note 3]", "[N 1]", "[nb 2]"]


def test_spaced_markers_of_a_mirror_are_markers():
    text = "The engine was planned in 2015. [2] [3] Its cost could reach millions. [4]\n"
    assert flagged_lines(text, ["WL403"]) == [1, 1, 1]


def test_maintenance_tags_are_markers():
    text = "As of May 2015[update], the line carried 40 trains a day.[dead link] Fares rose.[when?]\n"
    assert [t for _, t in flagged(text, ["WL403"])] == ["[update]", "[dead link]", "[when?]"]


@pytest.mark.parametrize("text", [
    # a program's indexing in a text about code
    "The first element is arr[0], the second arr[1]; in the matrix m[2][3] is the third row. "
    "Run it with `argv[1]` set.\n",
    # a paper's own numbered citations, spaced, where it also groups them
    "Gaussian processes have modelled activity data [3], [7]. Work on social influence [12] and "
    "later studies [13, 14] agree.\n",
    "He wrote that it was the best [sic] of all.\n",
    "The field (Author [if known] / Title) is optional.\n",
    "He must be given credit for having issued [a] statement.\n",
    "Essay text.\n\nReferences\n\n[1] Smith, J. A History. London, 1990.\n[2] Jones, K. Another. 1992.\n",
    "Notes\n[1] First note.\n[2] Second note.\n[3] Third note.\n",
    "The yields are given in full in the appendix, see [Note 3] for the method.\n",
])
def test_citation_marker_hard_negatives(text):
    assert lint(text, ["WL403"]) == []


# -- WL404 leaked-reference ------------------------------------------------------------------------

def test_leaked_citation_glued_to_a_sentence():
    text = ("Officials praise the country as a secular democracy.Doe, Jane A. “Relations: The Human "
            "Rights Dimension.” Department of State, 11 June 2014. https://example.org/rm/2014/1.htm. "
            "In spite of this, it scores poorly.\n")
    got = flagged(text, ["WL404"])
    assert len(got) == 1 and got[0][1].startswith("Doe, Jane A.") and "https://" in got[0][1]


def test_bracketed_citation():
    text = ('The delegation met the president in Paris ["Bulletin", No. I, September 1, 1919, pp. 6-7] '
            "and left soon after.\n")
    assert [t for _, t in flagged(text, ["WL404"])] == ['["Bulletin", No. I, September 1, 1919, pp. 6-7]']


BROKEN_CITATION = """Intro of the page.

Catalogues are "kept for looking things up, not for reading through".Marta Kolar,
Why We Keep Catalogues
, in Marta Kolar, ed., ''Orders of Things: Essays on Sorting'' (2011).

Later history
"""


def test_citation_broken_at_its_linked_title():
    got = flagged(BROKEN_CITATION, ["WL404"])
    assert len(got) == 1
    assert got[0][1].startswith("Marta Kolar,\nWhy We Keep") and got[0][1].endswith("(2011).")
    assert lint(BROKEN_CITATION, ["WL404"]) == [("WL404", 3, 70)]


def test_link_address_after_its_footnote_number():
    text = ("The river floods in spring, as the survey shows [1] (http://example.org/survey_(2001)) "
            "and the mills record [2] (https://example.org/mills).\n\n"
            "[3] (http://example.org/links)\n")
    assert flagged(text, ["WL404"]) == [("WL404", " (http://example.org/survey_(2001))"),
                                        ("WL404", " (https://example.org/mills)")]


def test_broken_citation_fix_keeps_the_sentence():
    from wikilint import fix_text

    fixed = fix_text(BROKEN_CITATION, select=["WL404"], unsafe=True)
    assert fixed == ('Intro of the page.\n\nCatalogues are "kept for looking things up, not for '
                     'reading through".\n\nLater history\n')


def test_citation_template_text_glued_to_a_sentence():
    text = ('Otter Creek\n\nIt is a stream in Vermont."Otter Creek". Rivers Survey. Retrieved 3 May 2011. '
            "It flows north.\n\nA mill was built in 1790.Lund, Anna (2001). Mills of Vermont. Burlington: "
            "Green Books. p. 12. ISBN 978-0-00-000000-0. By 1850 there were ten.\n\nIt floods in spring. "
            "Archived from the original on 3 March 2016. Retrieved 2 May 2011. Dikes followed.\n")
    got = [t for c, t in flagged(text, ["WL404"])]
    assert got == ['"Otter Creek". Rivers Survey. Retrieved 3 May 2011.',
                   "Lund, Anna (2001). Mills of Vermont. Burlington: Green Books. p. 12. "
                   "ISBN 978-0-00-000000-0.",
                   "Archived from the original on 3 March 2016. Retrieved 2 May 2011."]
    # a short citation ends at its own retrieval date, not at the next citation's
    text = 'It is a stream."Otter". Survey. Retrieved 3 May 2011. It floods. Rivers Survey. ISBN 978-0-00-000000-0.\n'
    assert [t for c, t in flagged(text, ["WL404"])] == ['"Otter". Survey. Retrieved 3 May 2011.']
    # the same, set apart from the sentence by a space
    text = ('Otter Creek\n\nIt is a stream in Vermont. "Otter Creek". Rivers Survey. Retrieved 3 May 2011. '
            "It flows north.\n\nA mill was built in 1790. Lund, Anna (2001). Mills of Vermont. p. 12. "
            "ISBN 978-0-00-000000-0. By 1850 there were ten.\n")
    assert [t for c, t in flagged(text, ["WL404"])] == [
        '"Otter Creek". Rivers Survey. Retrieved 3 May 2011.',
        "Lund, Anna (2001). Mills of Vermont. p. 12. ISBN 978-0-00-000000-0."]


@pytest.mark.parametrize("text", [
    # an address block: the second line ends a sentence, the third has no year
    "Write to us.Anna Berg,\nHead of Collections\n, Room 4, Old Library.\n",
    # a list of names, each ending with a comma, no citation tail
    "The prize went to three people. Ana Lopez,\nTomas Varga\nand Ines Moreau, in 2009 and later.\n",
    "He thanked them.\nJohn Smith,\nMary Jones,\n, 2004 was the year.\n",
    "References\n\nDoe, Jane. “A Title.” Publisher, 2014. https://example.org/a.htm.\n",
    "For details visit https://www.example.org/help before you call.\n",
    'The novel "A Quiet Year" was published to some acclaim and sold well.\n',
    # a reference list's entries, and titles with years in running prose
    # a bibliography's entries in one paragraph
    "Further reading: Lund, Anna (2001). Mills of Vermont. p. 12. Berg, Ola (1999). Rivers of the "
    "North. Oslo: Nord. p. 4. ISBN 978-0-00-000000-1.\n",
    "Lund, Anna (2001). Mills of Vermont. p. 12. Berg, Ola (1999). Rivers. p. 4.\n",
    "Sources\n\nLund, Anna (2001). Mills of Vermont. Burlington: Green Books. p. 12.\n"
    '"Otter Creek". Rivers Survey. Retrieved 3 May 2011.\n\nShe wrote "Rivers" (1990) and '
    '"Lakes" (1992), both on p. 5 of the catalogue.\n',
])
def test_leaked_reference_hard_negatives(text):
    assert lint(text, ["WL404"]) == []


# -- WL501 missing-link-text, WL502 glued-words ----------------------------------------------------

def test_infobox_fields_glued_to_their_values():
    text = ("Head of the Fleet\nStyleMister Chairman\nAppointerThe Council\nFormation18 June 1798\n"
            "Inaugural holderAnna Berg\nSalaryLevel II\n")
    assert [t for _, t in flagged(text, ["WL502"])] == [
        "StyleMister", "AppointerThe", "Formation18", "Inaugural holderAnna", "SalaryLevel"]
    text = ("Otter Press\nType of site\nPublisher\nOwnerRiver Books Ltd\nLaunchedMarch 3, 2001\n"
            "Current statusActive\nLanguageEnglish\nTypePrivate\n")
    assert [t for _, t in flagged(text, ["WL502"])] == [
        "OwnerRiver", "LaunchedMarch", "Current statusActive", "LanguageEnglish", "TypePrivate"]


def test_country_infobox_fields_glued_to_their_values():
    # an offline dump's country box: some fields on a line of their own, some values in capitals
    text = ("Republic of Ostland\nCapital\nOsterby\nOfficial languagesOstic\n"
            "Ethnic minority languagesWendic\nDemonym(s)Ostlander\nLegislatureThe Moot\nArea\n"
            " Total\n12,000 km2\nGDP (PPP)2020 estimate\nGini (2011)31.2[4]\nTime zoneOST (UTC+2)\n"
            "Driving sideleft\nISO 3166 codeOL\nCommon languagesOstic\nHistorical eraInterwar period\n"
            "Websitewww.ostland.example\n")
    assert [t for _, t in flagged(text, ["WL502"])] == [
        "Official languagesOstic", "Ethnic minority languagesWendic", "Demonym(s)Ostlander",
        "LegislatureThe", "GDP (PPP)2020", "Gini (2011)31.2", "Time zoneOST", "Driving sideleft",
        "ISO 3166 codeOL", "Common languagesOstic", "Historical eraInterwar", "Websitewww.ostland.example"]


def test_missing_link_text():
    text = ("The  (U.S. or US), officially the  of America, borders Canada to the and  to the south, "
            "and Cuba, and . Cities include Paris, , Tokyo.\n")
    assert len(lint(text, ["WL501"])) >= 4
    # a conversion template dropped after the words before its measure
    text = "It covers an area of . Its old extent was approximately . Now it is nearly , they say.\n"
    assert [line for _, line, _ in lint(text, ["WL501"])] == [1, 1, 1]


@pytest.mark.parametrize("text", [
    "St. Louis, Missouri  63132-5100\n",
    "SUBJECT:  External sources of information.  This memorandum applies.\n",
    "Descriptive Bibliography  (Click here for tips)\n",
    "The Republic of Azerbaijan , is a country in the South Caucasus .\n",
    "A  Yemeni official said the talks would go on.\n",
    "We met in  the morning and walked through  the old town.\n",  # typed double spaces
])
def test_missing_link_text_hard_negatives(text):
    assert lint(text, ["WL501"]) == []


def test_glued_words():
    text = ("The United States andAzerbaijan met with PresidentWoodrow Wilson in NATO'sPartnership. "
            "He was a producer.His work grew in 2004.The end, northwest,Armenia.\n")
    got = [t for _, t in flagged(text, ["WL502"])]
    assert got == ["andAzerbaijan", "PresidentWoodrow", "NATO'sPartnership", "producer.His",
                   "2004.The", "northwest,Armenia"]
    text = "Relations betweenNorway and Sweden grew duringHaakon's reign and afterTheir union.\n"
    assert [t for _, t in flagged(text, ["WL502"])] == ["betweenNorway", "duringHaakon's"]


@pytest.mark.parametrize("text", [
    "She bought an iPhone at McDonald's and wrote JavaScript for YouTube.\n",
    "News.Az interviews the director of the institute.\n",
    "The U.S.A. and the U.K. signed; the value is 1.5 units.\n",
    "He said.Professor Smith agreed.\n",
    # names that look like an infobox field glued to its value
    "TypeScript is a language.\nTotalEnergies is a company.\nStatusNet was a server.\n",
    # a field name glued to a capital is a name in prose, and alone at a line's start
    "We checked the text with LanguageTool and the CountryLink maps of the AreaMap project.\n",
    "LanguageTool\n\nLanguageTool checks grammar in thirty languages.\n",
    "Languages we use\n\nPython\nTypeScript\nRust\n\nStatusNet was a server.\n",
    "Seattle is wet.\nType 2 diabetes is common.\nBorn in 1950, she moved.\n",
    # capitals after a field name, a bracket or a side, with no infobox near
    "Time zoneUTC is a shop.\nThe score (final)Ten to one.\n", "Driving sideright now.\n",
    "She moved to the U.S.A.Then she left.\n",
    # a list of names written without spaces
    "Countries that start with A: Argentina,Armenia,Angola\n",
    # a forum post whose writer leaves out the space after most full stops
    "Hi all.Ostland is a small republic.The capital is Osterby.The money is the krone.It has two "
    "rivers.The winters are long. In summer it is warm.\n",
    # a program's identifiers, a handle, a hashtag, a file name and a path
    "Call andThen after isReady; the handle @theGuardian and #TheBest posted theAtlas.pdf from "
    "ofMaps/ today.\n",
])
def test_glued_words_hard_negatives(text):
    assert lint(text, ["WL502"]) == []


# -- clean text seen on real pages, written again here: none of it is damage ------------------------

@pytest.mark.parametrize("text", [
    # a blog quoting a teaser that ends in an ellipsis, after a colon
    "Look at the summaries and you will see they are all cut at the same length:\n"
    "I had a few things I wanted to mention and separate posts did not seem warranted, so here it is: "
    "three days left! The contest was off to a strong start with a bunch …\n"
    "Above that, the summary is a flat version of the post.\n",
    # code with empty string literals
    "It returns an empty title:\n\narray('', 'Welcome!');\n",
])
def test_real_page_hard_negatives(text):
    assert lint(text) == []


@pytest.mark.parametrize("tagline", [
    "From Simple English Wikipedia, the free encyclopedia", "From Infogalactic: the planetary "
    "knowledge core", "From New World Encyclopedia", "From Citizendium", "Wikipedia, the free encyclopedia",
    "From Wikibooks, open books for an open world", "From Wikinews, the free news source",
    "From EverybodyWiki Bios & Wiki", "fro' Wikipedia, the free encyclopedia",
    "Материал из Онлайн справочника"])
def test_encyclopedia_taglines(tagline):
    text = f"Otter Creek\n\n{tagline}\n\nOtter Creek is a stream in Vermont.\n\nFrom the Encyclopedia of Life\n"
    assert flagged_lines(text, ["WL001"]) == [3]


@pytest.mark.parametrize("line", ["Jump to navigation Jump to search", "Jump to search",
                                  "Vai alla navigazione Vai alla ricerca", "Перейти к навигацииПерейти к поиску"])
def test_jump_links_in_the_wikis_languages(line):
    text = f"Otter Creek\n\n{line}\n\nOtter Creek is a stream in Vermont.\n"
    assert flagged_lines(text, ["WL001"]) == [3]


def test_a_copying_sites_placeholders_and_menu_links():
    text = ("Seat of government\n\nAd spacer\n\nA seat of government is the city from which a government "
            "rules.\n\n↓ Menu\n\n>>>PUT SHARE BUTTONS HERE<<<\n\n↑ Return to Menu\n")
    assert flagged_lines(text, ["WL001"]) == [3, 7, 9, 11]


def test_protection_and_rating_indicators():
    text = ("Otter Creek\n\nExtended-protected article\nThis is a good article. Click here for more "
            "information.\n\nOtter Creek is a stream in Vermont. This is a good article about it.\n\n"
            "Semi-protected article\n")
    assert flagged_lines(text, ["WL001"]) == [3, 4, 8]


def test_wiki_taglines_and_skin_lines():
    text = "Mirrors\n\nFrom Wikinfo\n\nJump to: navigation, search\n\nThere are many mirrors.\n\nPersonal tools\n"
    assert flagged_lines(text, ["WL001"]) == [3, 5, 9]


def test_numbered_verses_are_not_markers():
    text = ("Psalm of the river\n\n[1] The river runs to the sea. [2] Its banks are green in spring.[3] The "
            "otters play in it.\n\nThe river runs to the sea.[2] Its banks are green.[3] Otters play.\n")
    assert lint(text, ["WL403"]) == [("WL403", 5, 27), ("WL403", 5, 51)]


def test_markers_explained_by_the_documents_own_footnotes_are_fine():
    text = ("An essay with notes.[1] It goes on.[2]\n\nNotes\n\n[1] Smith, A History, 1990.\n"
            "[2] Jones, Another, 1992.\n")
    assert lint(text, ["WL403"]) == []
    assert lint(text.replace("on.[2]", "on.[7]"), ["WL403"]) == [("WL403", 1, 36)]


def test_span_set_across_passes():
    from wikilint.rules._text import SpanSet

    spans = SpanSet()
    for a, b in ((10, 20), (30, 60), (100, 105)):  # a first pass, in the order of the text
        spans.add(a, b)
    for a, b in ((0, 5), (40, 45), (200, 300)):  # a second pass starts over from the text's start
        spans.add(a, b)
    assert spans.holds(12, 18) and spans.holds(41, 44) and spans.holds(250, 260)
    assert not spans.holds(18, 25) and not spans.holds(6, 9) and not spans.holds(106, 110)
