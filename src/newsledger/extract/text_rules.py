"""Vocabulary of scraped page text: boilerplate lines, footers, bylines, datelines and dates.

The line cleaner in ``text.py`` scores lines by shape (length, terminal punctuation,
repetition); these patterns add what shape alone cannot tell: the words sites use for
navigation, sharing, subscriptions, cookies, credits and end-of-article furniture.
Patterns match whole short lines or line starts, never words inside a long sentence,
so an article that talks about cookies or subscriptions keeps its paragraphs.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = [
    "AGENCIES",
    "BARRIER",
    "BOILERPLATE",
    "BOILERPLATE_PHRASE",
    "BYLINE",
    "BYLINE_ROLE",
    "CAPTION_END",
    "CAPTION_START",
    "COMMENTS",
    "COPYRIGHT",
    "CREDITS",
    "CREDITS_TAIL",
    "DATELINE_AGENCY",
    "DATELINE_CAPS",
    "DATE_LINE",
    "FOOTER_PUBLISHED",
    "GLUED_TEASER",
    "MONTH",
    "PAGE_STAMP",
    "STAMP",
    "TEASER_END",
    "TWEET",
    "parse_date",
]

# news agencies that appear in wire datelines: "VELMONT (Reuters) –", "KESSA, Norvania (AP) —"
AGENCIES = (
    r"Reuters|AP|AFP|UPI|dpa|DPA|ANI|PTI|IANS|APP|Xinhua|Bloomberg|Anadolu|AA|TASS|EFE|ANSA|Kyodo|Yonhap|CNN|BBC"
    r"|Al Jazeera|RIA Novosti|Sputnik|Interfax|Bernama|WAM|SPA|IRNA|KUNA|QNA|SANA|IANS|UNI"
)

MONTH = _MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DASH = r"[-–—]"
# an upper-case place: "VELMONT", "NEW KESSA", "ST. ADRIAN", "PORT-SUR-LAC"
_CAPS_PLACE = r"[A-Z][A-Z.'’\- ]{1,40}?[A-Z.]"

# "VELMONT, Oct 28 (Reuters) -", "KESSA (Reuters) –", "Kessa, Norvania (AP) —", "(Reuters) —", "KESSA (Kessa Wire) -"
DATELINE_AGENCY = re.compile(
    rf"^(?:(?P<place>[A-Z][\w.'’\- ]{{1,40}}?)(?:,\s*[A-Z][\w.'’ ]{{1,30}}?)?"
    rf"(?:,?\s*{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)?\s*)?"
    rf"\((?:(?:{AGENCIES})(?:[^()]{{0,60}})?\)\s*{_DASH}*"
    # any agency by name ("(Kessa Wire) -"): a capitalised name of a few words, then the dateline's dash
    rf"|[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){{0,3}}\)\s*{_DASH}+)\s*"
)
# "VELMONT:", "KESSA — ", "PORT DRASNA, Nov 3 -", "NEW KESSA, Norvania —"
DATELINE_CAPS = re.compile(
    rf"^(?P<place>{_CAPS_PLACE})(?:,\s*[A-Z][\w.'’ ]{{1,30}}?)?(?:,?\s*{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)?"
    rf"\s*(?::|\s{_DASH}{{1,2}})\s+(?:(?:{AGENCIES})\.\s+)?(?=\S)"
    # "VELMONT. XINHUA The council said ..."
    rf"|^(?P<place2>{_CAPS_PLACE})\.\s+(?:{AGENCIES.upper()})\s+(?=[A-Z][a-z])"
)

# "Published in The Kessa Daily, November 14th, 2021"; "Published in The Velmont Herald, March 3rd, 2022"
FOOTER_PUBLISHED = re.compile(
    r"^(?:This (?:article|story) (?:was )?(?:first |originally )?)?"
    r"(?:(?:First|Originally) )?(?:[Pp]ublished|[Aa]ppeared) (?:in|on|by) "
    r"(?:(?P<pub>[A-Z][\w&.'’ -]{1,50}?)(?:,| on)\s*)?(?P<date>[\w ,./-]{6,40}?)\.?$"
)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<owner>[^.|]*)", re.I)
# "(Reporting by A and B; Writing by C; Editing by D)"
CREDITS = re.compile(
    r"^\(?\s*(?:Reporting|Reported|Additional reporting|Writing|Written|Editing|Edited|Compiled|Research)"
    r"(?: and \w+)? by (?P<who>[^;)]+?)"
    r"(?:[;,]\s*(?:additional reporting|writing|written|editing|edited)\b[^)]*)?\)?\.?$",
    re.I,
)
# the same credits in parentheses at the end of the last paragraph
CREDITS_TAIL = re.compile(
    r"\s*\((?:Reporting|Reported|Additional reporting|Writing|Editing) by [^()]{3,200}\)\s*$", re.I
)
# "By Jane Doe", "By Jane Doe and John Roe, Staff Writers", "BY JANE DOE | 3 March 2024"
BYLINE = re.compile(
    r"(?:^|[|•]\s*)(?:[Bb]y|BY|(?:Written|Posted|Reported|Words|(?:Live )?[Rr]eporting|Compiled|Edited) by)[:\s]+"
    r"(?P<who>[A-Z][^|•\n]{1,80}?)\s*(?:[|•,]\s*.*)?$"
)
# what follows the names in a byline: "Associated Press", ", Staff Writer", " - Reuters"
BYLINE_ROLE = re.compile(
    rf"(?:^|\s*[,|-]\s*|\s+)(?:(?:The )?Associated Press|{AGENCIES}|(?:Senior |Chief |Staff )?"
    r"(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor)s?|Staff|Agencies)\b.*$"
)
# a date stamp at the very start of the page: "date 2021-11-14 ...", "Published: 2024-03-01T10:00:00Z"
PAGE_STAMP = re.compile(
    r"^\s*(?:date|published|updated|posted)?\s*:?\s*(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\s+",
    re.I,
)

_WORDY_MONTH = rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
# a short line that carries a date: "Updated 14 Nov, 2021", "November 15, 2021 / 18:30 IST"
DATE_LINE = re.compile(rf"(?:{_WORDY_MONTH}|\b\d{{4}}-\d{{2}}-\d{{2}}\b)", re.I)

# a comment or post header: "2 days ago at 07:52 am", "Milan G. on September 12, 2018 at 4:47 pm said:",
# "Bob says:", "34 responses to ..."
STAMP = re.compile(
    r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)(?:\s*[A-Z]{2,4})?\s*(?:said:?|says:?|wrote:?)?$"
    r"|(?:\b\d{4},?|\bat|\bon|^)\s*\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?$"
    r"|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\b(?:says|said|wrote|writes|replied|commented):$|^\d+\s+(?:responses|replies|comments|thoughts)\b"
    r"|^(?:reply|report|like|likes|upvote|flag|permalink|quote)(?:\s*\(\d+\))?$",
    re.I,
)

# the heading of a summary box above an article or a live blog: "Key points", "What we know so far", "At a glance"
SUMMARY_HEADING = re.compile(
    r"(?:the\s+)?(?:key|main)\s+(?:points|facts|takeaways|developments)|what\s+we\s+know(?:\s+so\s+far)?"
    r"|(?:(?:key\s+)?(?:figures|facts|numbers)\s+)?at\s+a\s+glance|in\s+brief|summary|highlights|the\s+latest"
    r"|latest\s+developments|what\s+you\s+need\s+to\s+know|key\s+(?:figures|numbers)|by\s+the\s+numbers"
    r"|(?:the\s+)?(?:\w+\s+){0,3}in\s+(?:numbers|figures)",
    re.I,
)

# a headline glued to its teaser by the flattening: "Ford Recalls F-150sFord is recalling ..."
GLUED_TEASER = re.compile(r"^(?:\S+\s+){2,20}?\S*?[a-z]{2}[?!.]?[A-Z][a-z]")

# the start of reader comments: "Comments", "[ 167 comments ]", "Top Rated Comments", "Leave a Reply"
COMMENTS = re.compile(
    r"^\W*(?:\d+\s+|top rated |show |view |load |all |reader |readers' )?(?:comments?|responses|replies)\b.{0,20}$"
    r"|^(?:leave a (?:comment|reply)|join the (?:conversation|discussion)|post a comment|add a comment"
    r"|you must (?:be )?log(?:ged)? in to post a comment.*|comments are closed.*|\d+ thoughts on\b.*"
    r"|\d+ (?:responses|replies|comments) to\b.*|what do you think\?)\W*$",
    re.I,
)

# an embedded tweet: "... pic.twitter.com/Ab12Cd34Ef – Kessa Alerts (@KessaAlerts) November 14, 2021"
TWEET = re.compile(rf"pic\.twitter\.com/|[—–-]\s*[^()]{{1,80}}\(@\w{{1,30}}\)\s*(?:{_WORDY_MONTH})?\s*$")

# teasers cut short: "NORVANIA faces a hard winter as ... report has..."
TEASER_END = ("...", "…", "[...]", "[…]")

# image captions and credits: "Photo: Jane Doe/AP", "Image credit: ...", and at the end "(AFP)", "/ Reuters"
CAPTION_START = re.compile(
    r"(?:photo|image|picture|file photo|credit|source|illustration|video|graphic)s?(?: credit)?\s*[:|]"
    r"|(?:image|photo|picture|slide)s?\s+\d+\s*(?:of|/)\s*\d+$|\d{1,3}\s?of\s?\d{1,3}(?=[A-Z])",
    re.I,
)
CAPTION_END = re.compile(
    r"(?:Credit\.\.\.|\((?:image|photo|picture|pic|video|credit)s?:[^)]{2,60}\)"
    r"|\((?:AFP|AP|Reuters|Getty Images|EPA|File)(?: Photo)?\)|\([^()]{0,30}\b(?:Photo|Image|Picture)s?\b[^()]{0,60}\)"
    r"|/\s*(?:AFP|AP|Reuters|Getty Images|EPA-EFE|Shutterstock)(?: via Getty Images)?\)?"
    r"|Credit\.\.\.[^.]{0,60}|\b(?:photo|image|picture|credit)s?\s*(?::|by)\s*[\w .,/|-]{2,60})$",
    re.I,
)

# end-of-article furniture: what follows is not the article
BARRIER = re.compile(
    r"^(?:related(?: articles| stories| posts| news| coverage| content| topics| links| reading)?"
    r"|more (?:from|on|in|stories|news)\b.*"
    r"|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|recommended(?: for you| stories)?"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|also read|read (?:more|next|also)|see also"
    r"|share this (?:article|story|post)|about the author|tags?|topics|filed under"
    r"|(?:latest|top|editor'?s?'? picks?|popular) (?:news|stories|headlines|videos?)|what to read next"
    r"|opinion|editorial|in other news|don'?t miss|up next)\s*:?$",
    re.I,
)

# single short lines that are site furniture (matched against the whole line)
BOILERPLATE = re.compile(
    r"(?:(?:advertisement|advert)\b.{0,40}|ad|sponsored(?: content)?|skip (?:to|ad)\b.*"
    r"|story continues(?: below)?.*|continue reading.*"
    r"|(?:read|see) (?:more|also|the full story|next)\b.*|also read\b.*|related\s*:.*|more\s*:.*"
    r"|watch\s*:.*|listen\s*:.*"
    r"|(?:share|tweet|email|print|save|copy link|whatsapp|facebook|twitter|linkedin|reddit|pinterest|telegram|x)"
    r"(?: (?:this|on|via|to)\b.*)?"
    r"|(?:sign|log) ?(?:in|up|out)\b.*|subscribe\b.*|register\b.*|newsletter\b.*|get (?:the|our) .{0,40}newsletter.*"
    r"|follow (?:us|@).*|click (?:here|to)\b.*|tap here\b.*|download (?:the|our) app.*"
    r"|home|menu|search|close|back to top|next|previous|prev|loading\.*|report error|contact us|about us"
    r"|print (?:this )?(?:article|story|page)|save (?:for later|article|story)|listen to (?:this )?(?:article|story)"
    r"|\d+\s*(?:min(?:ute)?s? read|comments?|shares?|views?|likes?)"
    r"|tags?\s*:.*|topics?\s*:.*|filed under\s*:?.*|categories\s*:.*)",
    re.I,
)
# phrases that make a short line furniture wherever they stand in it
BOILERPLATE_PHRASE = re.compile(
    r"\b(?:all rights reserved|cookie(?:s| policy| settings| preferences)\b|privacy policy|javascript"
    r"|terms (?:of|and) (?:use|service|conditions)|(?:sign|log) in to (?:continue|read)|opens in (?:a )?new window"
    r"|subscribers? only|subscribe (?:now|today|to (?:continue|read|our|the))"
    r"|this (?:content|article) is (?:only )?(?:available|for) (?:to )?subscribers"
    r"|disable (?:your )?ad ?blocker|breaking news alerts?|push notifications|our newsletters?"
    r"|support (?:independent|our|quality) journalism|(?:donate|contribute) (?:now|today)"
    r"|make a (?:donation|contribution)|become a (?:member|subscriber|supporter|patron)"
    r"|report an? (?:error|typo|correction))",
    re.I,
)

_DATE_FORMATS = ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y")
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")


def parse_date(text: str) -> str | None:
    """The first date written in ``text`` ("November 14th, 2021", "15 Nov, 2021", "2021-11-14") as ISO."""
    from datetime import datetime

    m = _ISO.search(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    m = DATE_LINE.search(text)
    if not m:
        return None
    cleaned = _ORDINAL.sub(r"\1", m.group(0)).replace(",", " ").replace(".", " ")
    cleaned = " ".join(cleaned.split())
    for fmt in _DATE_FORMATS:
        for candidate in (cleaned, cleaned.replace("Sept", "Sep")):
            try:
                return datetime.strptime(candidate, fmt).date().isoformat()
            except ValueError:
                continue
    return None


# a line of a box of figures: "Displaced: 18,000", "- Lifejackets ........ 6", "│ Radios: 21 (harbour police)": a
# label of words, a colon, a dash or dotted leaders, and one figure with a few words of its unit after it
BOX_ROW = re.compile(
    r"[ \t]*(?:[│┃|][ \t]*|[-–—•*·▪][ \t]+)?(?P<label>[^\W\d][^:\n]{0,70}?)"
    r"(?:[ \t]*:|[ \t]*\.{3,}|[ \t]+[—–])[ \t]*"
    r"(?P<figure>(?:(?:about|around|some|nearly|almost|over|more than|at least|up to)[ \t]+)?[^\s\d]{0,3}\d[\d,.]*"
    r"(?:[ \t]?%|[ \t]+[^\W\d][\w%-]*){0,3})[ \t]*(?:\([^()\n]{1,80}\))?[ \t]*$"
)
# the line that closes a box of figures by naming where they come from: "Source: Kessa Health Agency"
BOX_SOURCE = re.compile(r"[ \t]*(?:[│┃|][ \t]*)?sources?[ \t]*:[ \t]*(?P<source>\S[^\n]{0,120}?)[ \t]*$", re.I)
