"""What a speaker said: the claim text around a reporting cue, and whether it is quoted.

The claim is a that-clause ("said that ..."), a quotation before, after or around the
attribution, a verb's object ("denied their presence"), or a clause elsewhere in the sentence
when the verb has none ("CLAIM, X said on Monday", "As X warned, CLAIM").
"""

from __future__ import annotations

import re

from bot.extract.cues import Cue
from bot.extract.numerals import AMOUNT_AHEAD, numerals
from bot.extract.sentences import Sentence

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PERIOD = r"(?:week|month|year|morning|afternoon|evening|night|weekend|\w+day)"
# "on Monday", "in a statement", "at a news conference in Moscow", "earlier this week": between verb and clause.
ADVERBIAL = re.compile(
    rf"^(?:\s*,?\s*(?:citing\s+[^,]{{3,60}},|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"(?:\s+(?:morning|afternoon|evening|night))?(?:\s*\([^)]{{1,20}}\))?(?:,\s*\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?,?|"
    rf",?\s+{_MONTHS}\s+\d{{1,2}}(?:,\s+\d{{4}})?,?)?|on\s+\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?|on\s+the\s+\d{{1,2}}(?:st|nd|rd|th)"
    rf"|on\s+[A-Z][a-z]+\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?,?|(?:earlier|later)\s+in\s+the\s+(?:day|week|month|year)"
    rf"|(?:earlier|later)(?:\s+(?:this|that|last)\s+{_PERIOD})?"
    rf"|(?:last|this|next)\s+{_PERIOD}|yesterday|today|tonight|for\s+the\s+first\s+time|publicly|officially"
    rf"|in\s+(?:early\s+|late\s+|mid-)?{_MONTHS}(?:\s+\d{{4}})?|in\s+\d{{4}}"
    r"|in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?=\s*,?\s+(?:on|that|in|at)\b)"  # ("on February 21 in Kyiv that")
    r"|(?:in|at|during)\s+(?:remarks|comments|statements|interviews|briefings|posts|messages)"  # ("said in remarks that")
    r"|(?:in|at|during|after)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:statement|interview|briefing|"
    r"address|post|speech|conference|meeting|summit|hearing|session|appearance|call|message|video|report|article|"
    r"update|letter)(?!\s+(?:conference|call|link))"  # (not "during a video" of "during a video conference")
    r"(?:\s+(?:on|in|at|to|with)\s+[“\"]?(?:[A-Z][\w’'.-]*\s?){1,3}[”\"]?(?:\d{1,2}\b(?:,\s+\d{4}\b)?)?)?))+")  # ("in an
# interview with “The Drive”": an outlet's name in marks)
VAGUE_AMOUNT = re.compile(r"\s*(?:(?:very|even|so|too)\s+)?(?:little|nothing|much|(?:less|more)(?!\s+than\s+(?:\d|about|"
                          r"a\s|an\s|half|one|two|three|four|five|ten|twenty|hundreds|thousands))|a lot|so)"
                          r"(?=\s+(?:about|on|of|to|than|in|publicly|since)\b|\s*[,.;]|\s*$)", re.I)
# A free relative standing for words the sentence does not give ("told reporters what had been said at
# the briefing", "described what he had seen").
UNSAID = re.compile(r"\s*(?:what|everything|all)\s+(?:[\w’']+\s+){0,3}?(?:said|discussed|happened|decided|heard|"
                    r"learned|learnt|known|seen|knew|saw|told)\b(?:\s+(?:at|in|during|on)\s+[\w\s’'-]{1,30})?\W*$|"
                    r"\s*(?:(?:all|more|much)\s+)?about\s+(?:it|this|that|them)\b(?:\s+(?:on|in|at|during|via|earlier|"
                    r"last|this)\b[^,;:“\"]*)?(?:,\s+(?:[A-Z][\w.]*\s+){1,3}(?:reports|reported|writes|wrote)\b)?\W*$")
# ("wrote about this on X", "told them all about it in a video", "wrote about this in his channel, UNN reports")
# A clause that only says someone spoke of what came before: "Holm wrote about this in her channel".
SAID_ABOUT_THIS = re.compile(r"^(?:[A-Z][\w’'-]*\s+){1,3}(?:also\s+)?(?:(?:wrote|said|spoke|posted|told\s+\w+)\s+about\s+"
                             r"(?:it|this|that)|(?:addressed|commented\s+on|raised)\s+(?:the|this)\s+(?:issue|matter|"
                             r"question|topic|subject))\b[^,;]*$")  # (and "He addressed the issue on X, ERR reports.")
# An object that only names the topic of what was said: "revealed shocking data on the scale of ...".
TOPIC_ONLY = re.compile(r"\s+(?:(?:some|new|fresh|more|further|additional|alarming|shocking|startling|important|key|"
                        r"detailed|specific)\s+){0,2}(?:details|data|information|facts|insights?|figures)\s+"
                        r"(?:about|on|regarding|concerning|of)\b[^,;:“\"]*$", re.I)
# What a relay passes on, named without what it says: "reported the information, citing officials".
PASSED_ON = re.compile(r"\s+(?:the|this|that|such)\s+(?:information|news|data|details|report|reports)\b"
                       r"(?!\s+(?:that|about|on|of|showing|suggesting)\b)")
# What is declared as an act of state: "declared a federal-level emergency", "declared martial law".
DECLARED_ACT = re.compile(r"\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:emergency|martial\s+law|state\s+of\s+emergency|"
                          r"mobili[sz]ation|curfew|day\s+of\s+mourning|holiday|war\s+on)\b")
# What a comment was on, without the comment: "commented on the situation through his channel".
COMMENT_TOPIC = re.compile(r"\s+on\s+(?:(?:the\s+)?(?:situation|matter|issue|news|reports?|incident|this|it|that)"
                           r"(?=\s+(?:through|via|in|on|at|during|earlier|later|today|yesterday)\b|\s*[.;,]|\s*$)|"
                           r"[^,;:“”\"]*(?:\.?\s*$|,\s+[a-z]+ing\b))")  # (or on anything, when nothing follows but
# a participle saying what: "commented on the plan, calling it ...")
# What an assessment weighed, named without its verdict: "assessed the threat of ...".
WEIGHED_TOPIC = re.compile(r"\s+the\s+(?:[\w-]+\s+)?(?:threat|risk|situation|possibility|prospects?|likelihood|"
                           r"consequences|impact|implications)\s+(?:of|from|posed)\b(?:(?!\b(?:as|to\s+be)\b)[^,;:“\"])*\W*$")
# What follows a verb that has no clause of its own ("said on Wednesday.", "said, adding ...").
NO_COMPLEMENT = re.compile(r"^\s*(?:[,.;:)]|$|[-–—]+\s*(?:[A-Z][\w/.]*\s*){1,3}$|\([^()]*\)\s*\.?\s*$|"  # ("said
                           # Friday - AFP", "has confirmed (Photo: X via AP)": a credit, not what was said)
                           r"and\s+(?:were|was|are|is|had|have|has)\b|"  # ("CLAIM, X said and were believed to ...":
                           # the claim's own subject goes on)
                           r"(?!at least|at most|in fact|on average)"
                           r"(?:on|in|at|during|earlier|late|later|after|before|from|to|via|"
                           r"through|over(?!\s+(?:\d|half|a\s+(?:third|quarter|dozen|hundred|thousand)))|while|when|"
                           rf"with|without|shortly|today|yesterday|(?:last|this|next)\s+{_PERIOD}|"
                           r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")


# A proposal put as a gerund: "suggested sending drones to Venezuela".
GERUND_PROPOSAL = re.compile(r"\s+((?:[a-z]+ing)\b[^,;:“”\"]{3,160})")
# Whom or what a closing "said" was about: '“...,” she said of the president, whose forces ...' (but
# "said about 300 had left" gives an amount).
SAID_OF = re.compile(r"\s+(?:of|about(?!" + AMOUNT_AHEAD + r"))\s+(?![^,;]*\bthat\b)[^,;:“”\"]{2,60}(?:,|\.?\s*$)")
# A gathering someone told, before what they told it: "told a press briefing the minister was ...".
GATHERING_TOLD = re.compile(r"\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,2}?(?:briefing|conference|"
                            r"hearing|meeting|session|committee|panel|forum|audience|gathering|summit|rally)\b"
                            r"(?:\s+(?:on|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?")
# What a source cites, then the clause it supports: "citing media reports that ...".
EVIDENCE_THAT = re.compile(r"\b(?:reports?|evidence|intelligence|data|findings|estimates|figures)\s+"
                           r"(?:that|showing|suggesting|indicating)$")


# "X claimed to have found ...", "X admitted to having ...", "X denied having sent ...": the speaker's
# own claim about itself. Not "said to": "Kim is said to have ordered" names no speaker.
CLAIMED_TO = {"claim", "admit", "acknowledge", "deny", "allege", "profess"}
# "X pledged to send ...", "vowed to continue ...": a commitment stated, with its verb (not "promised
# to reporters", "agreed to the plan").
PLEDGED_TO = {"pledge", "vow", "promise", "agree"}
PLEDGE_INFINITIVE = re.compile(r"\s+(?:(?:again|also|publicly)\s+)?to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|"
                               r"those|reporters|journalists|lawmakers|it|them|him)\b)[a-z]{2,}\b")
INFINITIVE_CLAIM = re.compile(r"\s+(?:(?:also|falsely|repeatedly)\s+)?(?:to\s+(?:have|be|having)|having|to\s+[a-z]{3,}ing)\s+\w")
# ("admitted to stealing from ...": what was admitted, with its verb)


# A statement named as a noun ("X's claim that ...", "comments by X that ..."): the sentence's own verb
# comes after the claim, and what it says is the writer's, not the speaker's.
NOMINAL = {"possessive claim", "statement by"}
OUTER_PREDICATE = re.compile(
    r"(?<=\w)\s+(?=(?:(?:could|can|cannot|has|have|had|was|were|is|are|would|will)\s+(?:not\s+|n[o’']t\s+)?"
    r"(?:yet\s+|since\s+|also\s+|independently\s+|widely\s+|not\s+)*(?:been\s+|be\s+)?"
    r"(?:verified|confirmed|disputed|denied|rejected|shared|questioned|challenged|echoed|contradicted|dismissed|"
    r"welcomed|criticized|criticised|corroborated|backed|supported|repeated|met|greeted|cited|seen|viewed|"
    r"treated|called|drawn|ridiculed|refuted|undermined)|drew|draws|sparked|sparks|prompted|prompts|came|comes|"
    r"raised|raises|appears?|appeared|seems?|seemed|contradicts?|contradicted|echoes|echoed|follows?|followed)\b)")


# Where a speech verb is set in place or manner before a colon and the quotation: "said on condition of
# anonymity during a closed-door briefing: '...'".
SETTING_THEN_COLON = re.compile(r"\s+(?:on|in|at|during|after|before|to|with|via|from)\s[^:“”\"‘']{2,120}?:\s*(?=[“\"‘'])")


# What the verb names before a colon and the quotation it introduces: "uttered one single sentence about the
# troops: “...”", "explained his position: “...”" (the words are the quotation, not the object).
OBJECT_THEN_COLON = re.compile(r"\s+(?!that\b)(?:[\w’'-]+\s+){0,10}?[\w’'-]+:\s*(?=[“\"])")


def complement(sent: Sentence, cue: Cue, after: str, subject_start: int) -> tuple[str, str]:
    """(kind, text) of what the speaker said; `after` is the sentence after the cue, and
    `subject_start` where the speaker's phrase begins. ("", "") when nothing was said."""
    s = sent.text
    if (cue.lemma in ("tell", "inform") or cue.text.endswith("telling")) and not re.match(r"\s+that\s", after):  # "told reporters [on Wednesday] that ...", "told a
        # parliamentary hearing that", "was cited as telling CNN"
        obj = re.match(r"(?:\s+[\w’'.-]+,?){1,14}?(?=\s+that\s)", after) or GATHERING_TOLD.match(after) or \
            re.match(r"\s+(?:(?:the|a|an)\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)*(?:\s+\([A-Z]{2,8}\))?", after)
        if obj:
            after = after[obj.end():]
    if cue.takes_object and (EVIDENCE_THAT.search(cue.text) or cue.lemma in ("express", "comment", "request") and
                             cue.text.endswith(" that")) and after.strip():  # ("expressed that ...", "commented that")
        return kind_of(after, sent), clean(after)  # "cited evidence that ...": the clause is the claim
    if cue.lemma == "detail" and cue.text.endswith(" of") and after.strip():  # "detailed evidence of A, B, and C":
        return kind_of(after, sent), clean(after, that_clause=True)  # all that it listed
    if cue.lemma in PLEDGED_TO and PLEDGE_INFINITIVE.match(after):
        text = cue.text + after  # "pledged to send 6,000 engineers": the pledge is the claim
        return kind_of(text, sent), clean(text)
    gerund = GERUND_PROPOSAL.match(after) if cue.lemma in ("suggest", "propose", "recommend") else None
    if gerund:  # "has even suggested sending drones to Venezuela, claiming ...": what was proposed
        return "indirect", clean(gerund.group(1))
    if cue.lemma in CLAIMED_TO and INFINITIVE_CLAIM.match(after):
        text = cue.text + after  # "claimed to have found 30 bodies", "denied having sent troops"
        return kind_of(text, sent), clean(text)
    after = re.sub(r"^\s*,\s*(?:however|though|meanwhile|moreover|also|too)\s*,(?=\s)", "", after)  # "noted, however,
    # that ...": the writer's aside, not the claim's first word
    adverbial = ADVERBIAL.match(after)
    if adverbial and re.search(r"\b(?:after|before)\s", adverbial.group(0)) and \
            re.match(r"\s+(?:[a-z]+ed|said|told|wrote|says|shows?|showed)\b", after[adverbial.end():]):
        adverbial = None  # "said Wednesday after a media report quoted a soldier": a clause, not a setting
    if adverbial and (not NO_COMPLEMENT.match(after[adverbial.end():])
                      or re.match(r"\s*[,:]\s*[“\"]", after[adverbial.end():])):
        after = after[adverbial.end():]  # "said on Monday the exercise had ended", "said in the interview, “..."
    if cue.lemma not in NOMINAL and not cue.takes_object and re.search(r"\sthat$", cue.text) and \
            re.match(r"\s+(?:during|after|before|in|on|at|since|while|when|following)\s[^,]{3,60},\s", after):
        return kind_of(after, sent), clean(after, that_clause=True)  # "shared that during his visit, he held ...":
        # the verb took its "that"; the clause opens with its own setting
    m = re.match(r"\s*(?:(?:on|in|at|during|earlier|last|after|before|to|with|via|through)\s+(?![\w\s’'-]{0,64}?"
                 r"\b(?:words|remarks|comments|statements?|claims?|assertions?|suggestions?|questions?)\s+that\b|"
                 r"[\w\s’'-]{0,64}?\b(?:and|but)\s+(?:[a-z]+\s+)?[a-z]+\s+that\b|"  # (not "praised its role in
                 # the rescue but warned that ...": another verb's clause;
                 r"[\w\s’'-]{0,64}?\b(?:said|says|told|[a-z]{3,}ed)\s+that\b)"  # nor "warned after both Seoul and
                 # Washington confirmed that ...": what they confirmed)
                 r"[\w\s’'.-]{0,64}?|(?:multiple|several|many|"
                 r"numerous|repeated)\s+times|(?:Monday|Tuesday|Wednesday|"
                 r"Thursday|Friday|Saturday|Sunday)(?:\s+\w+)?)?\s*that(?:\s*,\s*(?:according\s+to|citing|"
                 r"in\s+(?:his|her|its|their)\s+view)\s+[^,]{2,60},|\s*,\s*(?:in|at|for|given|under|with|after|"
                 r"amid)\s+[^,]{2,40},)?\s+", after)  # "said that, according to X, ...", "that, in this situation, ..."
    if m:
        text = after[m.end():]
        if cue.lemma in NOMINAL:  # "X's claim that 3,000 were killed could not be verified": the claim
            text = OUTER_PREDICATE.split(text, 1)[0]  # ends where the writer's own sentence goes on
        return kind_of(text, sent), clean(text, that_clause=True)
    setting_colon = (SETTING_THEN_COLON.match(after) or OBJECT_THEN_COLON.match(after)) if ":" in after else None
    if setting_colon:  # "said on condition of anonymity during a briefing: 'Operations are expected ...'": the
        after = after[setting_colon.end() - 1:]  # words after the colon, past the setting before it
        if after.lstrip(" :")[:1] in ("'", "‘"):
            return "direct", clean(after.lstrip(" :")[1:].rstrip().rstrip("'’"), quoted=True)
    m = re.match(r"\s*[,:]?\s*[“\"]", after)
    if m and cue.takes_object and cue.text.split()[-1].lower() in ("to", "on", "for"):
        m = None  # "attributed the losses to “poor training”": the quotation is the object, not a speech
    if m:  # X said, “...” -- or “...,” X said, “...”: every part of the quotation
        start = len(s) - len(after) + m.end() - 1
        opens = sent.quotes and sent.quotes[0].start == 0 and sent.quotes[0].end <= subject_start and \
            len(s[sent.quotes[0].end:subject_start].strip(" ,")) <= 2  # (not '“...,” Kim said, to which Putin replied:')
        later = [q for q in sent.quotes if q.start >= start]
        if later and s[later[-1].end:].strip(" .,;”\"") and not opens:
            # “the operations ... concluded” and that units entered Kursk “according to the order”:
            # quotation and paraphrase mixed, so the whole of what follows is the claim
            return "direct", clean(s[start:])
        quotes = [q.inner.strip().rstrip(",") for q in sent.quotes if q.start >= start or opens]
        return "direct", clean(" … ".join(quotes), quoted=True)
    quotes_before = [q for q in sent.quotes if q.end <= subject_start]
    if quotes_before and quotes_before[0].start == 0:
        quoted = " … ".join(q.inner.strip().rstrip(",") for q in quotes_before)
        setting = ADVERBIAL.match(after)
        goes_on = re.match(r"\s*,\s*((?:had|has|have|was|were|is|are|would|will|could)\b.+)$",
                           after[setting.end():] if setting else after)
        if goes_on:  # “The units,” the command said in its report, had “completed the operation”
            return "direct", clean(f"{quoted} {goes_on.group(1)}")
        return "direct", clean(quoted, quoted=True)
    if cue.takes_object and len(cue.text.split()) > 1 and not after.strip(" ."):
        return "indirect", clean(cue.text)  # "declined to comment.": the cue is the whole claim
    if NO_COMPLEMENT.match(after) and not (cue.takes_object and after.strip(" .")) or \
            cue.lemma in ("say", "add") and SAID_OF.match(after):  # ('“...,” she said of Russia's president, whose ...')
        before = s[:subject_start].rstrip()
        if (before.rstrip("”\"").endswith(",") or re.search(r"\S\s+[-–—]$", before)) and len(before.split()) > 3:
            before = re.sub(r"\s+[-–—]$", ",", before)  # CLAIM, X said on Wednesday (or "CLAIM - X stated.")
            text = before.rstrip(",")  # (or: The attacks “have made it dangerous,” she pointed out)
            if SAID_ABOUT_THIS.search(text):
                return "", ""  # "Holm wrote about this in her channel, UNN reports.": that words passed, not which
            rest = re.match(r"\s*,\s*(.*)$", after)
            if rest and rest.group(1) and not re.match(r"\w+ing\b|(?:writes|reports|reported|wrote)\s+[A-Z]",
                                                       rest.group(1)):  # (", writes MT.": who passes it on)
                text = f"{text} {rest.group(1)}"  # CLAIM, analysts say, CLAIM
                return kind_of(text, sent), clean(text)
            return kind_of(text, sent), clean(text, quoted=True)  # (all of "A, but B, she said" is hers: the
            # attribution after it leaves no room for a clause of the writer's own)
        rest = re.match(r"\s*,\s*(.+)$", after)
        if rest:  # As X warned, CLAIM
            return kind_of(rest.group(1), sent), clean(rest.group(1))
        return "", ""
    if not cue.takes_object and VAGUE_AMOUNT.match(after):
        return "", ""  # "Russia says little about its allies": an idiom, not a claim
    if cue.lemma == "declare" and DECLARED_ACT.match(after):
        return "", ""  # "declared a federal-level emergency": an act, not a statement
    if cue.lemma in ("report", "share", "publish", "cite") and PASSED_ON.match(after) or \
            cue.lemma == "comment" and COMMENT_TOPIC.match((" on" if cue.text.endswith(" on") else "") + after) or \
            cue.lemma == "name" and not numerals(cue.text + after):
        return "", ""  # "reported the information, citing ...", "commented on the situation", "named the
        # number of soldiers killed": that something was said, not what
    if UNSAID.match(after) or TOPIC_ONLY.match(after) or cue.lemma in ("assess", "analyse", "analyze") and \
            WEIGHED_TOPIC.match(after):  # ("assessed the threat of sending new units": what was weighed, not the
        # verdict)
        return "", ""  # "told reporters what had been said": that words passed, not which; "revealed alarming
        # details about the cooperation": what it was about, not what was said
    of = not cue.takes_object and re.match(r"\s+(?:of|about(?!" + AMOUNT_AHEAD + r")|against)\s", after)  # "warned of a
    # growing alliance" (not "said about 300 had left": an amount)
    text = (cue.text + after) if cue.takes_object or of else after
    return kind_of(text, sent), clean(text)


def kind_of(text: str, sent: Sentence) -> str:
    """Direct when the claim quotes the speaker at length; a word or two in quotes is indirect."""
    quoted = sum(q.words() for q in sent.quotes if q.inner and q.inner in text)
    return "direct" if quoted >= 4 else "indirect"


# "SEOUL, Nov 20 (Reuters) - ": where the story was filed, not what anyone said.
DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s*")


def clean(text: str, quoted: bool = False, that_clause: bool = False) -> str:
    """The claim's words without a dateline, trailing punctuation, or (for reported speech, not for a
    speaker's own quoted words) a contrasting clause the writer adds after them. In a clause opened by
    "said that", a second clause joined by ", and" is still the speaker's ("said that A, and B")."""
    text = DATELINE.sub("", text.strip())
    if not quoted and not text.startswith(("“", '"')):
        joined = r"" if that_clause else r",\s+and\s+(?=[A-Z])|"
        text = re.split(r";\s|,\s+but\s+(?=the\b|this\b|it\b|its\b|there\b|[A-Z])|" + joined +
                        r",\s+(?:though|although)\s+(?=(?:the|this|these|those|such|it|its|there)\s)|"  # (", though the reports ...")
                        r"\s+and\s+(?=(?:[\w.’'-]+\s+){0,6}[A-Z][\w’'-]+\s+(?:said|says|told|added|warned)\b)|"  # "... and
                        # envoy Robert Wood said that ...": another speaker's clause
                        r",\s+following\s+(?:(?:the|a|an)\s+)?(?:reports?|concerns?|claims?|news|revelations?|"
                        r"warnings?|remarks|comments|statements?)\b|"
                        r",\s+while\s+(?=(?:[\w.’'-]+\s+){1,5}(?:said|says|offered|put|estimated|estimate|claimed|"
                        r"claim|reported|believe|believes|gave|cited)\b)|"  # (", while officials offered a lower ...")
                        r",\s+(?:in|as)\s+(?:another|a|the\s+latest|a\s+further|a\s+fresh|a\s+new|the\s+first)\s+"
                        r"(?:sign|signal|indication|step|move|show|demonstration)\b", text)[0]  # the writer's comment
    text = re.sub(r"[.;:,]+[”\"]?$", lambda m: m.group(0)[-1] if m.group(0)[-1] in "”\"" else "", text)
    return text.strip().strip(",").strip()
